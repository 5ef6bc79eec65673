import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RequireAuth } from '../components/require-auth';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { renderRoutes, type RenderOptions } from '../testing/render-auth';
import { SignInPage } from './sign-in-page';

const routes = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/register', element: <p>Register page</p> },
  {
    element: <RequireAuth />,
    children: [
      { path: '/', element: <p>Overview page</p> },
      { path: '/needs', element: <p>Needs page</p> },
    ],
  },
];

function renderSignIn(options: RenderOptions = {}) {
  return renderRoutes(routes, { route: '/sign-in', user: null, ...options });
}

const invalidCredentials = {
  status: 401,
  body: { statusCode: 401, error: 'Unauthorized', message: 'Invalid email or password' },
};

async function fillIn(email: string, password: string) {
  if (email) await userEvent.type(screen.getByRole('textbox', { name: /E-?mail/ }), email);
  if (password) await userEvent.type(screen.getByLabelText(/^(Adgangskode|Password)/), password);
}

describe('SignInPage validation', () => {
  it('asks for the email and password instead of sending an empty form', async () => {
    const fetch = fakeApi({});
    renderSignIn();
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    expect(screen.getByText('Skriv din e-mailadresse')).toBeInTheDocument();
    expect(screen.getByText('Skriv din adgangskode')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /E-mail/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /E-mail/ })).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo(fetch, 'POST /api/v1/auth/login')).toHaveLength(0);
  });

  it('refuses an email address without a domain', async () => {
    const fetch = fakeApi({});
    renderSignIn({ language: 'en' });
    await fillIn('anna@firma', 'whatever-it-is');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Enter a valid email address, such as anna@firma.dk')).toBeInTheDocument();
    expect(screen.queryByText('Enter your password')).not.toBeInTheDocument();
    expect(requestsTo(fetch, 'POST /api/v1/auth/login')).toHaveLength(0);
  });
});

describe('SignInPage errors from the API', () => {
  it('shows a refused sign-in (401) in Danish and stays on the page', async () => {
    fakeApi({ 'POST /api/v1/auth/login': invalidCredentials });
    const { location } = renderSignIn();
    await fillIn('anna@firma.dk', 'not the password');
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Forkert e-mail eller adgangskode');
    expect(location()).toBe('/sign-in');
  });

  it("shows a refused sign-in (401) with the API's message in English", async () => {
    fakeApi({ 'POST /api/v1/auth/login': invalidCredentials });
    renderSignIn({ language: 'en' });
    await fillIn('anna@firma.dk', 'not the password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid email or password');
  });

  it('explains rate limiting (429)', async () => {
    fakeApi({
      'POST /api/v1/auth/login': {
        status: 429,
        body: { statusCode: 429, error: 'Too Many Requests', message: 'Too many attempts' },
      },
    });
    renderSignIn({ language: 'en' });
    await fillIn('anna@firma.dk', 'guess number nine');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts');
  });
});

describe('SignInPage success', () => {
  it('signs in and goes back to next', async () => {
    const fetch = fakeApi({
      'POST /api/v1/auth/login': { status: 200, body: { accessToken: 't', user: anna } },
    });
    const { location } = renderSignIn({ route: '/sign-in?next=%2Fneeds' });
    await fillIn(' anna@firma.dk ', 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    expect(await screen.findByText('Needs page')).toBeInTheDocument();
    expect(location()).toBe('/needs');
    const [request] = requestsTo(fetch, 'POST /api/v1/auth/login');
    expect(await request.json()).toEqual({ email: 'anna@firma.dk', password: 'correct horse battery' });
  });

  it('ignores a next that leads off the site', async () => {
    fakeApi({ 'POST /api/v1/auth/login': { status: 200, body: { accessToken: 't', user: anna } } });
    const { location } = renderSignIn({ route: '/sign-in?next=%2F%2Fevil.example' });
    await fillIn('anna@firma.dk', 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    expect(await screen.findByText('Overview page')).toBeInTheDocument();
    expect(location()).toBe('/');
  });

  it('sends a user who is already signed in straight on', async () => {
    fakeApi({});
    const { location } = renderSignIn({ route: '/sign-in?next=%2Fneeds', user: anna });
    await waitFor(() => expect(location()).toBe('/needs'));
  });

  it('links to registration, keeping next', () => {
    fakeApi({});
    renderSignIn({ route: '/sign-in?next=%2Fneeds' });
    expect(screen.getByRole('link', { name: 'Opret konto' })).toHaveAttribute(
      'href',
      '/register?next=%2Fneeds',
    );
  });
});
