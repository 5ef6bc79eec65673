import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LANGUAGE_STORAGE_KEY } from '@videnbro/web-core';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { renderApp } from '../testing/render-app';

const signedOut = { 'GET /api/v1/auth/me': { status: 401 } };
const signedIn = (user = anna) => ({ 'GET /api/v1/auth/me': { status: 200, body: { user } } });
const admin = { ...anna, roles: ['admin' as const] };

function navItems() {
  const nav = screen.getByRole('navigation', { name: 'Hovedmenu' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('routing', () => {
  it('shows the 404 page for an unknown path to a visitor, without sending them to sign in', async () => {
    fakeApi(signedOut);
    const { location } = renderApp({ route: '/no-such-page' });
    expect(await screen.findByTestId('not-found')).toHaveTextContent('Siden blev ikke fundet');
    expect(location()).toBe('/no-such-page');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('shows the 404 page inside the app for a signed-in user', async () => {
    fakeApi(signedIn());
    renderApp({ route: '/no-such-page' });
    expect(await screen.findByTestId('not-found')).toBeInTheDocument();
    expect(screen.getByRole('navigation')).toBeInTheDocument();
  });

  it('sends a visitor from a protected page to sign in, and back after signing in', async () => {
    fakeApi({
      ...signedOut,
      'POST /api/v1/auth/login': { status: 200, body: { accessToken: 't', user: anna } },
    });
    const { location } = renderApp({ route: '/needs' });
    expect(await screen.findByTestId('sign-in-form')).toBeInTheDocument();
    expect(location()).toBe('/sign-in?next=%2Fneeds');
    expect(document.title).toBe('Log ind · Videnbro');

    await userEvent.type(screen.getByRole('textbox', { name: /E-mail/ }), anna.email);
    await userEvent.type(screen.getByLabelText(/^Adgangskode/), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    expect(await screen.findByTestId('area-needs')).toBeInTheDocument();
    expect(location()).toBe('/needs');
    expect(screen.getByTestId('user-menu')).toHaveTextContent('Anna Sørensen');
  });

  it('opens the dashboard at / for a signed-in user', async () => {
    fakeApi(signedIn());
    renderApp();
    expect(await screen.findByTestId('dashboard')).toHaveTextContent('Velkommen, Anna Sørensen');
  });

  it('starts a new account at onboarding, to set up or join its organisation', async () => {
    fakeApi({
      ...signedOut,
      'POST /api/v1/auth/register': { status: 201, body: { accessToken: 't', user: anna } },
    });
    const { location } = renderApp({ route: '/register' });
    const form = await screen.findByTestId('register-form');
    await userEvent.type(within(form).getByRole('textbox', { name: /Navn/ }), anna.name);
    await userEvent.type(within(form).getByRole('textbox', { name: /E-mail/ }), anna.email);
    await userEvent.type(within(form).getByLabelText(/^Adgangskode/), 'correct horse battery');
    await userEvent.click(within(form).getByRole('button', { name: 'Opret konto' }));
    expect(await screen.findByTestId('onboarding')).toBeInTheDocument();
    expect(location()).toBe('/onboarding');
  });
});

describe('navigation by rights', () => {
  it('shows a signed-in user Search, Needs and Competencies, and no Cases page', async () => {
    fakeApi(signedIn());
    renderApp({ route: '/cases' });
    expect(await screen.findByTestId('not-found')).toBeInTheDocument();
    expect(navItems()).toEqual(['Oversigt', 'Søg', 'Behov', 'Kompetencer']);
  });

  it('shows an admin every area', async () => {
    fakeApi(signedIn(admin));
    renderApp({ route: '/cases' });
    expect(await screen.findByTestId('cases-page')).toBeInTheDocument();
    expect(navItems()).toEqual([
      'Oversigt',
      'Søg',
      'Behov',
      'Kompetencer',
      'Sager',
      'Aktiviteter',
      'Statistik',
    ]);
  });

  it('follows a navigation link', async () => {
    fakeApi(signedIn());
    const { location } = renderApp();
    await userEvent.click(await screen.findByTestId('nav-competencies'));
    expect(await screen.findByTestId('area-competencies')).toBeInTheDocument();
    expect(location()).toBe('/competencies');
    expect(screen.getByTestId('nav-competencies')).toHaveAttribute('aria-current', 'page');
  });
});

describe('language', () => {
  it('switches the texts, <html lang>, and is remembered on the device and the account', async () => {
    const fetch = fakeApi({
      ...signedIn(),
      'PATCH /api/v1/auth/me': { status: 200, body: { user: { ...anna, locale: 'en' } } },
    });
    renderApp({ route: '/needs' });
    expect(await screen.findByTestId('nav-search')).toHaveTextContent('Søg');
    expect(document.documentElement.lang).toBe('da');

    await userEvent.selectOptions(screen.getByTestId('language-switcher'), 'English');

    expect(screen.getByTestId('nav-search')).toHaveTextContent('Search');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Needs');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    await waitFor(() => expect(requestsTo(fetch, 'PATCH /api/v1/auth/me')).toHaveLength(1));
    expect(await requestsTo(fetch, 'PATCH /api/v1/auth/me')[0].json()).toEqual({ locale: 'en' });
  });

  it('can be switched before signing in', async () => {
    const fetch = fakeApi(signedOut);
    renderApp({ route: '/sign-in' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Log ind');
    await userEvent.selectOptions(screen.getByLabelText('Sprog / Language'), 'English');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sign in');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(requestsTo(fetch, 'PATCH /api/v1/auth/me')).toHaveLength(0);
  });

  it("takes the account's language on a device where none was chosen", async () => {
    fakeApi(signedIn({ ...anna, locale: 'en' }));
    renderApp({ language: 'da' });
    expect(await screen.findByTestId('dashboard')).toHaveTextContent('Welcome, Anna Sørensen');
  });
});

describe('session', () => {
  it('signs out from the user menu, to the sign-in page', async () => {
    const fetch = fakeApi({ ...signedIn(), 'POST /api/v1/auth/logout': { status: 204 } });
    const { location } = renderApp({ route: '/needs' });
    await userEvent.click(await screen.findByTestId('user-menu'));
    await userEvent.click(await screen.findByTestId('sign-out'));

    expect(await screen.findByTestId('sign-in-form')).toBeInTheDocument();
    expect(location()).toBe('/sign-in');
    expect(requestsTo(fetch, 'POST /api/v1/auth/logout')).toHaveLength(1);
    expect(screen.queryByTestId('user-menu')).not.toBeInTheDocument();
  });

  it('stays signed in, and says so, when signing out fails', async () => {
    fakeApi({
      ...signedIn(),
      'POST /api/v1/auth/logout': {
        status: 503,
        body: { statusCode: 503, error: 'Service Unavailable', message: 'Database down' },
      },
    });
    const { location } = renderApp({ route: '/needs' });
    await userEvent.click(await screen.findByTestId('user-menu'));
    await userEvent.click(await screen.findByTestId('sign-out'));

    expect(await screen.findByRole('alert')).toHaveTextContent('Du kunne ikke logges ud. Prøv igen.');
    expect(screen.getByTestId('user-menu')).toBeInTheDocument();
    await waitFor(() => expect(location()).toBe('/'));
  });

  it('sends the user to sign in, and back, when a call finds the session gone (401)', async () => {
    fakeApi({
      ...signedIn(),
      'PATCH /api/v1/auth/me': {
        status: 401,
        body: { statusCode: 401, error: 'Unauthorized', message: 'x' },
      },
    });
    const { location } = renderApp({ route: '/needs' });
    await userEvent.selectOptions(await screen.findByTestId('language-switcher'), 'English');

    expect(await screen.findByTestId('sign-in-form')).toBeInTheDocument();
    expect(location()).toBe('/sign-in?next=%2Fneeds');
  });
});

describe('cases', () => {
  const company = { id: '33333333-3333-4333-8333-333333333333', name: 'Mejeri Nord ApS', kind: 'sme' };
  const sdu = {
    id: '44444444-4444-4444-8444-444444444444',
    name: 'Syddansk Universitet',
    kind: 'university',
  };
  const needId = '55555555-5555-4555-8555-555555555555';
  const need = {
    id: needId,
    organization: company,
    title: 'Sensorer til mælketanke',
    description: 'Vi vil måle temperaturen.',
    tags: [],
    formats: ['contract_research'],
    partnerKinds: ['university'],
    regionPreference: null,
    languages: ['da'],
    visibility: 'public',
    status: 'open',
    externalId: null,
    budgetBand: null,
    timeframe: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    canEdit: false,
  };
  const match = {
    type: 'organization',
    id: sdu.id,
    title: sdu.name,
    organization: sdu,
    region: null,
    score: 0.8,
    reasons: {
      sharedTerms: [],
      sharedTags: [],
      formats: [],
      partnerKindFit: true,
      region: null,
      country: 'DK',
      experience: { relevant: 0, inField: 0, total: 0 },
      sharedClusters: [],
      signals: { text: 1, tags: 0, formats: 0, partnerKind: 1, region: 0, experience: 0, cluster: 0 },
    },
    postings: [],
  };
  const memberOf = (organization: typeof company) => ({
    'GET /api/v1/me/organizations': {
      status: 200,
      body: { items: [{ organization, role: 'member', since: '2025-01-01T00:00:00.000Z' }] },
    },
  });

  it("offers the company's members an introduction on each match of their need", async () => {
    fakeApi({
      ...signedIn(),
      ...memberOf(company),
      [`GET /api/v1/needs/${needId}`]: { status: 200, body: need },
      [`GET /api/v1/needs/${needId}/matches`]: { status: 200, body: { items: [match], processingTimeMs: 1 } },
    });
    renderApp({ route: `/needs/${needId}` });
    const found = await screen.findByTestId('match');
    expect(await within(found).findByRole('button', { name: 'Bed om en introduktion' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /introduktion|interesse/ })).toHaveLength(1);
  });

  it('offers institution members to express interest in the need', async () => {
    fakeApi({
      ...signedIn(),
      ...memberOf(sdu),
      [`GET /api/v1/needs/${needId}`]: { status: 200, body: need },
      [`GET /api/v1/needs/${needId}/matches`]: { status: 200, body: { items: [], processingTimeMs: 1 } },
    });
    renderApp({ route: `/needs/${needId}` });
    expect(await screen.findByRole('button', { name: 'Vis interesse' })).toBeInTheDocument();
  });

  it('leads brokers from the cases list to their board, which /cases/:id does not swallow', async () => {
    fakeApi(signedIn(admin));
    const { location } = renderApp({ route: '/cases' });
    const links = await screen.findByRole('navigation', { name: 'Klyngekonsulentens arbejdsrum' });
    expect(within(links).getByRole('link', { name: 'Indbakke' })).toHaveAttribute('href', '/cases/inbox');
    await userEvent.click(within(links).getByRole('link', { name: 'Tavle' }));
    expect(await screen.findByTestId('case-board-page')).toBeInTheDocument();
    expect(location()).toBe('/cases/board');
  });

  it('opens the emailed consent link for a visitor', async () => {
    fakeApi({
      ...signedOut,
      'GET /api/v1/case-consents/tok': {
        status: 410,
        body: { statusCode: 410, error: 'Gone', message: 'Expired' },
      },
    });
    renderApp({ route: '/case-consents/tok' });
    expect(await screen.findByTestId('consent-link-problem')).toHaveTextContent('Linket er udløbet.');
  });
});

describe('notifications', () => {
  const unread = (count: number) => ({
    'GET /api/v1/notifications/unread-count': { status: 200, body: { count } },
  });

  it('shows the unread count on the bell in the header, which opens the notification centre', async () => {
    fakeApi({
      ...signedIn(),
      ...unread(2),
      'GET /api/v1/notifications': { status: 200, body: { items: [], total: 0, page: 1, limit: 20 } },
    });
    const { location } = renderApp();
    await userEvent.click(await screen.findByRole('link', { name: 'Notifikationer, 2 ulæste' }));
    expect(await screen.findByRole('heading', { name: 'Notifikationer' })).toBeInTheDocument();
    expect(location()).toBe('/notifications');
  });

  it('opens a saved search on the search page', async () => {
    fakeApi({
      ...signedIn(),
      ...unread(0),
      'GET /api/v1/saved-searches': {
        status: 200,
        body: [
          {
            id: '66666666-6666-4666-8666-666666666666',
            name: 'Robotter',
            query: { q: 'robot', types: ['need'], region: ['syddanmark'] },
            createdAt: '2026-11-02T10:00:00.000Z',
          },
        ],
      },
    });
    renderApp({ route: '/saved-searches' });
    expect(await screen.findByRole('link', { name: 'Åbn søgningen “Robotter”' })).toHaveAttribute(
      'href',
      '/search?q=robot&type=need&region=syddanmark',
    );
  });
});
