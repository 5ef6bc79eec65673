import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { renderRoutes, type RenderOptions } from '../testing/render-auth';
import { AccountPage } from './account-page';

const routes = [
  { path: '/account', element: <AccountPage /> },
  { path: '/sign-in', element: <p>Sign-in page</p> },
];

function renderAccount(options: RenderOptions = {}) {
  return renderRoutes(routes, { route: '/account', user: anna, ...options });
}

const wrongPassword = (field: string) => ({
  status: 400,
  body: {
    statusCode: 400,
    error: 'Bad Request',
    message: 'The password is not correct',
    details: [{ field, message: 'The password is not correct' }],
  },
});

describe('AccountPage', () => {
  it('has the four parts, each a labelled section, and links the data download', async () => {
    fakeApi({});
    renderAccount({ language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Account' })).toBeInTheDocument();
    for (const name of ['Change password', 'Change email address', 'Your personal data', 'Delete account']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    const download = screen.getByRole('link', { name: 'Download my data' });
    expect(download).toHaveAttribute('href', '/api/v1/me/export');
    expect(download).toHaveAttribute('download');
    expect(screen.getByText('Your address now: anna@firma.dk')).toBeInTheDocument();
  });

  it('changes the password with the current one, and says a wrong one on its field in Danish', async () => {
    let answer = wrongPassword('currentPassword');
    const fetch = fakeApi({ 'POST /api/v1/me/password': () => answer });
    renderAccount();
    const form = within(await screen.findByTestId('change-password-form'));
    await userEvent.type(form.getByLabelText(/^Nuværende adgangskode/), 'not-it-at-all');
    await userEvent.type(form.getByLabelText(/^Ny adgangskode/), 'lyng-Hede-bakke-2031');
    await userEvent.click(form.getByRole('button', { name: 'Skift adgangskode' }));
    expect(await form.findByText('Adgangskoden er forkert')).toBeInTheDocument();

    answer = { status: 204 } as never;
    await userEvent.click(form.getByRole('button', { name: 'Skift adgangskode' }));
    expect(await form.findByRole('status')).toHaveTextContent('Din adgangskode er skiftet');
    const sent = requestsTo(fetch, 'POST /api/v1/me/password');
    expect(await sent[1].json()).toEqual({
      currentPassword: 'not-it-at-all',
      newPassword: 'lyng-Hede-bakke-2031',
    });
  });

  it('checks a new password is long enough before sending it', async () => {
    const fetch = fakeApi({});
    renderAccount({ language: 'en' });
    const form = within(await screen.findByTestId('change-password-form'));
    await userEvent.type(form.getByLabelText(/^Current password/), 'whatever-it-is');
    await userEvent.type(form.getByLabelText(/^New password/), 'short');
    await userEvent.click(form.getByRole('button', { name: 'Change password' }));
    expect(form.getByText(/at least 12 characters \(7 more to go\)/)).toBeInTheDocument();
    expect(form.getByLabelText(/^New password/)).toHaveFocus();
    expect(requestsTo(fetch, 'POST /api/v1/me/password')).toHaveLength(0);
  });

  it('asks for an email change and then says to open the link sent to the new address', async () => {
    const fetch = fakeApi({ 'POST /api/v1/me/email': { status: 202, body: { message: 'ok' } } });
    renderAccount({ language: 'en' });
    const form = within(await screen.findByTestId('change-email-form'));
    await userEvent.type(form.getByRole('textbox', { name: /New email address/ }), 'anna@nyt-firma.dk');
    await userEvent.type(form.getByLabelText(/^Your password, to confirm/), 'fjord-kaffe-Sommer-42');
    await userEvent.click(form.getByRole('button', { name: 'Send confirmation link' }));
    expect(await screen.findByTestId('email-change-sent')).toHaveTextContent(
      /confirmation link is on its way/,
    );
    expect(await requestsTo(fetch, 'POST /api/v1/me/email')[0].json()).toEqual({
      newEmail: 'anna@nyt-firma.dk',
      password: 'fjord-kaffe-Sommer-42',
    });
  });

  it('deletes the account only after the confirm dialog, then goes to sign-in', async () => {
    const fetch = fakeApi({ 'DELETE /api/v1/me': { status: 204 } });
    const { location } = renderAccount({ language: 'en' });
    await userEvent.click(await screen.findByTestId('delete-account'));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete your account?' }));
    expect(requestsTo(fetch, 'DELETE /api/v1/me')).toHaveLength(0);
    await userEvent.click(dialog.getByRole('button', { name: 'Delete account' }));
    expect(dialog.getByText('Enter your password')).toBeInTheDocument();
    expect(requestsTo(fetch, 'DELETE /api/v1/me')).toHaveLength(0);

    await userEvent.type(dialog.getByLabelText(/^Password/), 'fjord-kaffe-Sommer-42');
    await userEvent.click(dialog.getByRole('button', { name: 'Delete account' }));
    await waitFor(() => expect(location()).toBe('/sign-in'));
    expect(await requestsTo(fetch, 'DELETE /api/v1/me')[0].json()).toEqual({
      password: 'fjord-kaffe-Sommer-42',
    });
  });

  it('tells the only owner of an organisation to hand over first, and can be cancelled', async () => {
    fakeApi({
      'DELETE /api/v1/me': {
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: 'You are the only owner of Fjord ApS: …' },
      },
    });
    renderAccount();
    await userEvent.click(await screen.findByTestId('delete-account'));
    const dialog = within(await screen.findByRole('dialog', { name: 'Slet din konto?' }));
    await userEvent.type(dialog.getByLabelText(/^Adgangskode/), 'fjord-kaffe-Sommer-42');
    await userEvent.click(dialog.getByRole('button', { name: 'Slet konto' }));
    expect(await dialog.findByText(/Du er eneste ejer af en organisation/)).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Annuller' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('says to wait after too many wrong passwords, in the sign-in words', async () => {
    fakeApi({
      'POST /api/v1/me/email': {
        status: 429,
        body: {
          statusCode: 429,
          error: 'Too Many Requests',
          message: 'Too many failed sign-ins. Try again in 8 seconds.',
        },
      },
    });
    renderAccount({ language: 'en' });
    const form = within(await screen.findByTestId('change-email-form'));
    await userEvent.type(form.getByRole('textbox', { name: /New email address/ }), 'anna@nyt-firma.dk');
    await userEvent.type(form.getByLabelText(/^Your password, to confirm/), 'guess-number-7');
    await userEvent.click(form.getByRole('button', { name: 'Send confirmation link' }));
    expect(
      await form.findByText('Too many sign-in attempts. Wait a few minutes, then try again.'),
    ).toBeInTheDocument();
  });
});
