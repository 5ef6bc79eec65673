import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { renderRoutes, type RenderOptions } from '../testing/render-auth';
import { RegisterPage } from './register-page';

const routes = [
  { path: '/register', element: <RegisterPage /> },
  { path: '/', element: <p>Overview page</p> },
  { path: '/needs', element: <p>Needs page</p> },
];

function renderRegister(options: RenderOptions = {}) {
  return renderRoutes(routes, { route: '/register', user: null, ...options });
}

const password = () => screen.getByLabelText(/^(Adgangskode|Password)/);

describe('RegisterPage password check, while typing', () => {
  it('says in Danish that the password is too short, and stops when it is long enough', async () => {
    fakeApi({});
    renderRegister();
    await userEvent.type(password(), 'kort');
    expect(screen.getByText('Adgangskoden skal være på mindst 12 tegn (mangler 8)')).toBeInTheDocument();
    expect(password()).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(password(), '-og-lang');
    expect(screen.queryByText(/Adgangskoden skal være på mindst 12 tegn/)).not.toBeInTheDocument();
    expect(password()).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('says it in English', async () => {
    fakeApi({});
    renderRegister({ language: 'en' });
    await userEvent.type(password(), 'short');
    expect(
      screen.getByText('The password must be at least 12 characters (7 more to go)'),
    ).toBeInTheDocument();
  });

  it('counts characters, not UTF-16 units', async () => {
    fakeApi({});
    renderRegister({ language: 'en' });
    await userEvent.type(password(), '🔑🔑🔑🔑🔑🔑');
    expect(screen.getByText(/\(6 more to go\)/)).toBeInTheDocument();
  });
});

describe('RegisterPage submit', () => {
  it('checks every field before sending anything', async () => {
    const fetch = fakeApi({});
    renderRegister();
    await userEvent.click(screen.getByRole('button', { name: 'Opret konto' }));
    expect(screen.getByText('Skriv dit navn')).toBeInTheDocument();
    expect(screen.getByText('Skriv din e-mailadresse')).toBeInTheDocument();
    expect(screen.getByText(/Adgangskoden skal være på mindst 12 tegn/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Navn/ })).toHaveFocus();
    expect(requestsTo(fetch, 'POST /api/v1/auth/register')).toHaveLength(0);
  });

  it('creates the account with the chosen language and goes on, signed in, to next', async () => {
    const fetch = fakeApi({
      'POST /api/v1/auth/register': {
        status: 201,
        body: { accessToken: 't', user: { ...anna, locale: 'en' } },
      },
    });
    const { location, i18n } = renderRegister({ route: '/register?next=%2Fneeds' });
    await userEvent.type(screen.getByRole('textbox', { name: /Navn/ }), 'Anna Sørensen');
    await userEvent.type(screen.getByRole('textbox', { name: /E-mail/ }), 'anna@firma.dk');
    await userEvent.type(password(), 'correct horse battery');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Sprog/ }), 'English');
    await userEvent.click(screen.getByRole('button', { name: 'Opret konto' }));

    expect(await screen.findByText('Needs page')).toBeInTheDocument();
    expect(location()).toBe('/needs');
    const [request] = requestsTo(fetch, 'POST /api/v1/auth/register');
    expect(await request.json()).toEqual({
      name: 'Anna Sørensen',
      email: 'anna@firma.dk',
      password: 'correct horse battery',
      locale: 'en',
    });
    expect(i18n.language).toBe('en');
  });

  it('starts a new account at the first page when no next is given', async () => {
    fakeApi({ 'POST /api/v1/auth/register': { status: 201, body: { accessToken: 't', user: anna } } });
    const { location } = renderRoutes(
      [
        { path: '/register', element: <RegisterPage firstPage="/onboarding" /> },
        { path: '/onboarding', element: <p>Onboarding page</p> },
      ],
      { route: '/register', user: null },
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Navn/ }), 'Anna Sørensen');
    await userEvent.type(screen.getByRole('textbox', { name: /E-mail/ }), 'anna@firma.dk');
    await userEvent.type(password(), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Opret konto' }));

    expect(await screen.findByText('Onboarding page')).toBeInTheDocument();
    expect(location()).toBe('/onboarding');
  });

  it('puts a taken email (409) on the email field', async () => {
    fakeApi({
      'POST /api/v1/auth/register': {
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: 'Email already registered' },
      },
    });
    renderRegister();
    await userEvent.type(screen.getByRole('textbox', { name: /Navn/ }), 'Anna');
    await userEvent.type(screen.getByRole('textbox', { name: /E-mail/ }), 'anna@firma.dk');
    await userEvent.type(password(), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Opret konto' }));

    expect(
      await screen.findByText('Der findes allerede en konto med denne e-mailadresse'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /E-mail/ })).toHaveFocus();
  });

  it("puts the API's validation details (400) on their fields", async () => {
    fakeApi({
      'POST /api/v1/auth/register': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          details: [{ field: 'password', message: 'This password is too common; choose another' }],
        },
      },
    });
    renderRegister({ language: 'en' });
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Anna');
    await userEvent.type(screen.getByRole('textbox', { name: /Email/ }), 'anna@firma.dk');
    await userEvent.type(password(), 'password1234');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('This password is too common; choose another')).toBeInTheDocument();
    expect(password()).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.type(password(), 'x');
    expect(screen.queryByText('This password is too common; choose another')).not.toBeInTheDocument();
  });
});
