import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderUi } from '../testing/render-ui';
import { AppLayout, type AppLayoutProps } from './app-layout';
import type { NavRights } from './areas';

const user = { name: 'Anna Sørensen', email: 'anna@firma.dk' };
const everyone: NavRights = { search: true, needs: true, competencies: true };

function renderLayout(props: Partial<AppLayoutProps> = {}, options?: Parameters<typeof renderUi>[1]) {
  const handlers = { onLanguageChange: jest.fn(), onSignOut: jest.fn() };
  const view = renderUi(
    <AppLayout user={user} rights={everyone} language="da" {...handlers} {...props}>
      <p>Page content</p>
    </AppLayout>,
    options,
  );
  return { ...view, ...handlers };
}

function navTestIds() {
  const nav = screen.getByRole('navigation', { name: 'Hovedmenu' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.getAttribute('data-testid'));
}

describe('AppLayout navigation', () => {
  it('shows a signed-in user the overview, Search, Needs and Competencies only', () => {
    renderLayout();
    expect(navTestIds()).toEqual(['nav-overview', 'nav-search', 'nav-needs', 'nav-competencies']);
    expect(screen.getByTestId('nav-search')).toHaveTextContent('Søg');
    expect(screen.queryByTestId('nav-cases')).not.toBeInTheDocument();
    expect(screen.queryByTestId('nav-statistics')).not.toBeInTheDocument();
  });

  it('adds Statistics, not Cases or Activities, for programme staff', () => {
    renderLayout({ rights: { ...everyone, statistics: true } });
    expect(screen.getByTestId('nav-statistics')).toHaveTextContent('Statistik');
    expect(screen.queryByTestId('nav-cases')).not.toBeInTheDocument();
    expect(screen.queryByTestId('nav-activities')).not.toBeInTheDocument();
  });

  it('shows every area, in order, to an admin', () => {
    renderLayout({
      rights: { ...everyone, cases: true, activities: true, statistics: true },
    });
    expect(navTestIds()).toEqual([
      'nav-overview',
      'nav-search',
      'nav-needs',
      'nav-competencies',
      'nav-cases',
      'nav-activities',
      'nav-statistics',
    ]);
  });

  it('marks the current area as the current page', () => {
    renderLayout({}, { route: '/needs' });
    expect(screen.getByTestId('nav-needs')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('nav-overview')).not.toHaveAttribute('aria-current');
  });

  it('is labelled in English when the language is English', () => {
    renderLayout({ language: 'en' }, { language: 'en' });
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getByTestId('nav-competencies')).toHaveTextContent('Competencies');
  });
});

describe('AppLayout header and landmarks', () => {
  it('has a banner, navigation and main landmark with the content', () => {
    renderLayout();
    expect(screen.getByRole('banner')).toHaveTextContent('Videnbro');
    expect(screen.getByRole('main')).toHaveTextContent('Page content');
  });

  it('starts with a skip link that moves the focus to the main content', async () => {
    renderLayout();
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'Spring til indhold' });
    expect(skip).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it("shows the app's header actions in the banner", () => {
    renderLayout({ headerActions: <a href="/notifications">Notifikationer</a> });
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Notifikationer' }),
    ).toBeInTheDocument();
  });

  it('reports a language choice from the labelled switcher', async () => {
    const { onLanguageChange } = renderLayout();
    const select = screen.getByLabelText('Sprog / Language');
    expect(select).toHaveAttribute('data-testid', 'language-switcher');
    expect(select).toHaveValue('da');
    await userEvent.selectOptions(select, 'English');
    expect(onLanguageChange).toHaveBeenCalledWith('en');
  });

  it('signs out from the user menu, by keyboard too', async () => {
    const { onSignOut } = renderLayout();
    const menu = screen.getByTestId('user-menu');
    expect(menu).toHaveAccessibleName('Brugermenu for Anna Sørensen');
    menu.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Logget ind som anna@firma.dk')).toBeInTheDocument();
    expect(screen.getByTestId('my-organizations-link')).toHaveTextContent('Mine organisationer');
    expect(screen.getByTestId('my-organizations-link')).toHaveAttribute('href', '/organizations/mine');
    expect(screen.getByTestId('account-link')).toHaveTextContent('Konto');
    expect(screen.getByTestId('account-link')).toHaveAttribute('href', '/account');
    const signOut = screen.getByTestId('sign-out');
    expect(signOut).toHaveTextContent('Log ud');
    await userEvent.click(signOut);
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });
});
