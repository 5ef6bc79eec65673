import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { link } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-cases';
import { ConsentLinkPage } from './consent-link-page';

const TOKEN = 'v1.abc.def';
const routes = [{ path: '/case-consents/:token', element: <ConsentLinkPage /> }];
const route = `/case-consents/${TOKEN}`;
const key = `/api/v1/case-consents/${TOKEN}`;
const problem = (status: number) => ({ status, body: { statusCode: status, error: 'x', message: 'x' } });

describe('ConsentLinkPage', () => {
  it('says what the link is for, without contact persons, and accepts for its side', async () => {
    const fetch = fakeApi({
      [`GET ${key}`]: { status: 200, body: link() },
      [`POST ${key}`]: { status: 200, body: link({ status: 'accepted' }) },
    });
    renderRoutes(routes, { route, language: 'en', user: null });
    expect(await screen.findByTestId('consent-link-lead')).toHaveTextContent(
      'Energy Cluster Denmark proposes to introduce Syddansk Universitet to Mejeri Nord ApS.',
    );
    expect(screen.getByText('About: Sensorer til mælketanke')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Accept the introduction' }));
    expect(await screen.findByTestId('consent-link-answered')).toHaveTextContent(
      'You have accepted the introduction. Energy Cluster Denmark will be in touch.',
    );
    expect(await requestsTo(fetch, `POST ${key}`)[0].json()).toEqual({ decision: 'accept' });
  });

  it('declines with an optional reason, in Danish', async () => {
    const fetch = fakeApi({
      [`GET ${key}`]: { status: 200, body: link() },
      [`POST ${key}`]: { status: 200, body: link({ status: 'declined' }) },
    });
    renderRoutes(routes, { route, user: null });
    await userEvent.click(await screen.findByRole('button', { name: 'Sig nej' }));
    await userEvent.type(screen.getByLabelText(/Begrundelse/), 'Ikke lige nu');
    await userEvent.click(screen.getByRole('button', { name: 'Sig nej til introduktionen' }));
    expect(await screen.findByTestId('consent-link-answered')).toHaveTextContent(
      'Du har sagt nej til introduktionen.',
    );
    expect(await requestsTo(fetch, `POST ${key}`)[0].json()).toEqual({
      decision: 'decline',
      reason: 'Ikke lige nu',
    });
  });

  it.each([
    [404, 'This link is not valid.'],
    [409, 'This link has already been used.'],
    [410, 'This link has expired.'],
  ])('explains a link answered %i', async (status, text) => {
    fakeApi({ [`GET ${key}`]: problem(status) });
    renderRoutes(routes, { route, language: 'en', user: null });
    expect(await screen.findByTestId('consent-link-problem')).toHaveTextContent(text);
  });

  it('explains a link that expires or is used while the page is open', async () => {
    fakeApi({ [`GET ${key}`]: { status: 200, body: link() }, [`POST ${key}`]: problem(410) });
    renderRoutes(routes, { route, language: 'en', user: null });
    await userEvent.click(await screen.findByRole('button', { name: 'Accept the introduction' }));
    expect(await screen.findByTestId('consent-link-problem')).toHaveTextContent('This link has expired.');
  });

  it('says so when the introduction was answered already', async () => {
    fakeApi({ [`GET ${key}`]: { status: 200, body: link({ status: 'accepted' }) } });
    renderRoutes(routes, { route, language: 'en', user: null });
    expect(await screen.findByTestId('consent-link-answered')).toHaveTextContent(
      'This introduction has already been accepted.',
    );
    expect(screen.queryByRole('button', { name: 'Accept the introduction' })).not.toBeInTheDocument();
  });
});
