import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { renderRoutes, type RenderOptions } from '../testing/render-auth';
import { ConfirmEmailPage } from './confirm-email-page';
import { ForgotPasswordPage } from './forgot-password-page';
import { ResetPasswordPage } from './reset-password-page';
import { SignInPage } from './sign-in-page';

const routes = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password/:token', element: <ResetPasswordPage /> },
  { path: '/confirm-email/:token', element: <ConfirmEmailPage /> },
  { path: '/account', element: <p>Account page</p> },
];

const render = (route: string, options: RenderOptions = {}) =>
  renderRoutes(routes, { route, user: null, ...options });

const gone = {
  status: 410,
  body: { statusCode: 410, error: 'Gone', message: 'This link is invalid, used or expired' },
};

describe('forgot password', () => {
  it('is linked from the sign-in page and sends the address, then says the same whatever it is', async () => {
    const fetch = fakeApi({ 'POST /api/v1/auth/password-reset': { status: 202, body: { message: 'x' } } });
    const { location } = render('/sign-in', { language: 'en' });
    await userEvent.click(screen.getByRole('link', { name: 'Forgot password?' }));
    expect(location()).toBe('/forgot-password');
    await userEvent.type(await screen.findByRole('textbox', { name: /Email/ }), ' anna@firma.dk ');
    await userEvent.click(screen.getByRole('button', { name: 'Send link' }));
    expect(await screen.findByTestId('reset-link-sent')).toHaveTextContent('If an account uses this address');
    expect(await requestsTo(fetch, 'POST /api/v1/auth/password-reset')[0].json()).toEqual({
      email: 'anna@firma.dk',
    });
  });

  it('asks for a valid address before sending', async () => {
    const fetch = fakeApi({});
    render('/forgot-password');
    await userEvent.type(await screen.findByRole('textbox', { name: /E-mail/ }), 'anna@firma');
    await userEvent.click(screen.getByRole('button', { name: 'Send link' }));
    expect(screen.getByText('Skriv en gyldig e-mailadresse, fx anna@firma.dk')).toBeInTheDocument();
    expect(requestsTo(fetch, 'POST /api/v1/auth/password-reset')).toHaveLength(0);
  });
});

describe('reset password', () => {
  it('sets the new password with the token from the link, then points to sign-in', async () => {
    const fetch = fakeApi({ 'POST /api/v1/auth/password-reset/tok_123': { status: 204 } });
    render('/reset-password/tok_123', { language: 'en' });
    await userEvent.type(await screen.findByLabelText(/^New password/), 'lyng-Hede-bakke-2031');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByTestId('password-reset-done')).toHaveTextContent('Your password is set');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(await requestsTo(fetch, 'POST /api/v1/auth/password-reset/tok_123')[0].json()).toEqual({
      password: 'lyng-Hede-bakke-2031',
    });
  });

  it("shows the API's refusal of a password on the field", async () => {
    fakeApi({
      'POST /api/v1/auth/password-reset/tok_123': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'This password is too common; choose another',
          details: [{ field: 'password', message: 'This password is too common; choose another' }],
        },
      },
    });
    render('/reset-password/tok_123', { language: 'en' });
    const input = await screen.findByLabelText(/^New password/);
    await userEvent.type(input, 'qwerty123456');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText('This password is too common; choose another')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when the link is used or expired, and offers a new one', async () => {
    fakeApi({ 'POST /api/v1/auth/password-reset/old': gone });
    render('/reset-password/old');
    await userEvent.type(await screen.findByLabelText(/^Ny adgangskode/), 'lyng-Hede-bakke-2031');
    await userEvent.click(screen.getByRole('button', { name: 'Gem adgangskode' }));
    expect(await screen.findByText('Linket er ugyldigt, brugt eller udløbet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bed om et nyt link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});

describe('confirm email', () => {
  it('confirms only when the button is pressed (a scanner that opens the link changes nothing)', async () => {
    const fetch = fakeApi({ 'POST /api/v1/me/email/confirm/tok_9': { status: 204 } });
    render('/confirm-email/tok_9', { language: 'en' });
    const button = await screen.findByRole('button', { name: 'Confirm address' });
    expect(requestsTo(fetch, 'POST /api/v1/me/email/confirm/tok_9')).toHaveLength(0);
    await userEvent.click(button);
    expect(await screen.findByTestId('email-confirmed')).toHaveTextContent(
      'Your account now uses the new address.',
    );
    expect(requestsTo(fetch, 'POST /api/v1/me/email/confirm/tok_9')).toHaveLength(1);
  });

  it.each([
    [gone, 'Linket er ugyldigt, brugt eller udløbet.'],
    [
      { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'taken' } },
      'Adressen er i mellemtiden taget af en anden konto. Bed om at skifte til en anden adresse.',
    ],
  ])('says why a link did not work (%#)', async (reply, text) => {
    fakeApi({ 'POST /api/v1/me/email/confirm/tok_9': reply });
    render('/confirm-email/tok_9');
    await userEvent.click(await screen.findByRole('button', { name: 'Bekræft adresse' }));
    expect(within(await screen.findByRole('alert')).getByText(text)).toBeInTheDocument();
  });
});
