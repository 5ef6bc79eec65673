import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInPage } from '../pages/sign-in-page';
import { anna, fakeApi } from '@videnbro/web-testing';
import { renderRoutes } from '../testing/render-auth';
import { RequireAuth } from './require-auth';

const routes = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireAuth />,
    children: [{ path: '/needs', element: <p>Needs page</p> }],
  },
];

describe('RequireAuth', () => {
  it('sends a visitor to sign in with next, and back there afterwards', async () => {
    fakeApi({
      'GET /api/v1/auth/me': { status: 401 },
      'POST /api/v1/auth/login': { status: 200, body: { accessToken: 't', user: anna } },
    });
    const { location } = renderRoutes(routes, { route: '/needs?tab=mine' });

    expect(await screen.findByTestId('sign-in-form')).toBeInTheDocument();
    expect(location()).toBe('/sign-in?next=%2Fneeds%3Ftab%3Dmine');
    expect(screen.queryByText('Needs page')).not.toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: /E-mail/ }), anna.email);
    await userEvent.type(screen.getByLabelText(/^Adgangskode/), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    expect(await screen.findByText('Needs page')).toBeInTheDocument();
    expect(location()).toBe('/needs?tab=mine');
  });

  it('shows the page to a signed-in user', async () => {
    fakeApi({ 'GET /api/v1/auth/me': { status: 200, body: { user: anna } } });
    const { location } = renderRoutes(routes, { route: '/needs' });
    expect(await screen.findByText('Needs page')).toBeInTheDocument();
    expect(location()).toBe('/needs');
  });

  it('waits for the session check before deciding', async () => {
    fakeApi({ 'GET /api/v1/auth/me': { status: 200, body: { user: anna } } });
    renderRoutes(routes, { route: '/needs' });
    expect(screen.getByRole('status')).toHaveTextContent('Indlæser');
    await screen.findByText('Needs page');
  });

  it('does not send the user away when the API is unreachable', async () => {
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const { location } = renderRoutes(routes, { route: '/needs' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Kunne ikke få forbindelse til Videnbro');
    expect(location()).toBe('/needs');
  });

  it('sends the user to sign in when the session ends mid-visit', async () => {
    fakeApi({ 'GET /api/v1/auth/me': { status: 401 } });
    const { location, queryClient } = renderRoutes(routes, { route: '/needs', user: anna });
    expect(screen.getByText('Needs page')).toBeInTheDocument();
    await queryClient.invalidateQueries();
    await waitFor(() => expect(location()).toBe('/sign-in?next=%2Fneeds'));
  });
});
