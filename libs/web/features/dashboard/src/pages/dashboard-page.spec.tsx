import { screen, within } from '@testing-library/react';
import { anna } from '@videnbro/web-testing';
import { renderPage } from '../testing/render-dashboard';
import { AreaPage } from './area-page';
import { DashboardPage } from './dashboard-page';

function cardTestIds() {
  return screen.getAllByTestId(/^dashboard-card-/).map((card) => card.getAttribute('data-testid'));
}

describe('DashboardPage', () => {
  it('welcomes the user by name, in Danish', () => {
    renderPage(<DashboardPage />, { user: anna });
    expect(screen.getByTestId('dashboard')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Velkommen, Anna Sørensen');
    expect(document.title).toBe('Oversigt · Videnbro');
  });

  it('welcomes the user in English', () => {
    renderPage(<DashboardPage />, { user: anna, language: 'en' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welcome, Anna Sørensen');
  });

  it("shows a card for each of the user's areas, marking those still to come", () => {
    renderPage(<DashboardPage />, { user: anna });
    expect(cardTestIds()).toEqual([
      'dashboard-card-search',
      'dashboard-card-needs',
      'dashboard-card-competencies',
    ]);
    const needs = screen.getByTestId('dashboard-card-needs');
    expect(within(needs).getByRole('heading')).toHaveTextContent('Behov');
    expect(needs).not.toHaveTextContent('Kommer snart');
    expect(within(needs).getByRole('link', { name: 'Åbn Behov' })).toHaveAttribute('href', '/needs');
  });

  it('shows programme staff the statistics too', () => {
    renderPage(<DashboardPage />, { user: { ...anna, roles: ['programme'] } });
    expect(cardTestIds()).toContain('dashboard-card-statistics');
    expect(screen.getByTestId('dashboard-card-statistics')).not.toHaveTextContent('Kommer snart');
    expect(cardTestIds()).not.toContain('dashboard-card-cases');
  });

  it('shows what the app puts in the cases slot', () => {
    renderPage(<DashboardPage cases={<p data-testid="cases-slot">Dine sager</p>} />, { user: anna });
    expect(screen.getByTestId('cases-slot')).toHaveTextContent('Dine sager');
  });

  it('says what will appear once there is something', () => {
    renderPage(<DashboardPage />, { user: anna });
    expect(screen.getByRole('heading', { name: 'Intet at vise endnu' })).toBeInTheDocument();
  });
});

describe('AreaPage', () => {
  it("lists an area's pages when it has them", () => {
    const links = [
      { key: 'mine', to: '/competencies/mine' },
      { key: 'find', to: '/search?type=competence' },
    ];
    renderPage(<AreaPage area="competencies" links={links} />, { user: anna, language: 'en' });
    expect(screen.queryByText('Coming soon')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My competencies' })).toHaveAttribute(
      'href',
      '/competencies/mine',
    );
    expect(screen.getByRole('link', { name: 'Find competencies' })).toHaveAttribute(
      'href',
      '/search?type=competence',
    );
  });

  it('says what the area will hold while it has no pages', () => {
    renderPage(<AreaPage area="competencies" />, { user: anna, language: 'en' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Competencies');
    expect(screen.getByText('Coming soon')).toBeInTheDocument();
    expect(screen.getByText(/Publish research expertise/)).toBeInTheDocument();
  });

  it('does not exist for a user without the right to it', () => {
    renderPage(<AreaPage area="cases" />, { user: anna });
    expect(screen.getByTestId('not-found')).toBeInTheDocument();
    expect(screen.queryByTestId('area-cases')).not.toBeInTheDocument();
  });

  it('opens for a user with the right', () => {
    renderPage(<AreaPage area="cases" />, { user: { ...anna, roles: ['admin'] } });
    expect(screen.getByTestId('area-cases')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sager');
  });
});
