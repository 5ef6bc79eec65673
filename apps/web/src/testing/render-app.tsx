import { render } from '@testing-library/react';
import { authKeys, createI18n, type ApiUser, type Language } from '@videnbro/web-core';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { bundles } from '../app/i18n-bundles';
import { AppProviders, createAppServices } from '../app/providers';
import { routes } from '../app/routes';

/** The whole app, as main.tsx wires it, in a memory router at `route`, over the fake API. */
export function renderApp({
  route = '/',
  language = 'da',
  user,
}: { route?: string; language?: Language; user?: ApiUser | null } = {}) {
  const services = { ...createAppServices(), i18n: createI18n({ bundles, language }) };
  services.queryClient.setDefaultOptions({ queries: { retry: false } });
  if (user !== undefined) services.queryClient.setQueryData(authKeys.me, user);
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const view = render(
    <AppProviders services={services} uiEnv="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  const location = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { ...view, router, location, ...services };
}
