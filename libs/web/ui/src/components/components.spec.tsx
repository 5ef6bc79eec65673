import { screen } from '@testing-library/react';
import { renderUi } from '../testing/render-ui';
import { ErrorAlert } from './error-alert';
import { LoadingState } from './loading-state';
import { NotFound } from './not-found';
import { PageTitle } from './page-title';

describe('PageTitle', () => {
  it('renders the one h1 and names the browser tab after it', () => {
    renderUi(<PageTitle>Behov</PageTitle>);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Behov');
    expect(document.title).toBe('Behov · Videnbro');
  });
});

describe('ErrorAlert', () => {
  it("shows the API error's message and its field details as an alert", () => {
    renderUi(
      <ErrorAlert
        error={{
          message: 'Validation failed',
          details: [
            { field: 'email', message: 'email must be an email' },
            { field: 'password', message: 'password is too short' },
          ],
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Der opstod en fejl');
    expect(alert).toHaveTextContent('Validation failed');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'email must be an email',
      'password is too short',
    ]);
  });

  it('renders nothing without an error', () => {
    renderUi(<ErrorAlert error={null} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('LoadingState', () => {
  it('is a polite status message', () => {
    renderUi(<LoadingState />, { language: 'en' });
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });
});

describe('NotFound', () => {
  it('says so in Danish and links to the front page', () => {
    renderUi(<NotFound />);
    expect(screen.getByTestId('not-found')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Siden blev ikke fundet');
    expect(screen.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/');
  });

  it('says so in English', () => {
    renderUi(<NotFound />, { language: 'en' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    expect(document.title).toBe('Page not found · Videnbro');
  });
});
