import { render } from '@testing-library/react';
import {
  authKeys,
  CoreProviders,
  createHttpClient,
  createI18n,
  createQueryClient,
  createUnauthorizedHandler,
  type ApiUser,
  type Language,
} from '@videnbro/web-core';
import { anna } from '@videnbro/web-testing';
import { uiTranslations, UiProvider } from '@videnbro/web-ui';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { statisticsTranslations } from '../i18n/translations';

export interface RenderOptions {
  route?: string;
  language?: Language;
  /** The session to start with (Anna by default); null for a visitor. */
  user?: ApiUser | null;
}

/** Renders routes as the app does (providers, 401 handler, a memory router) over the fake API. */
export function renderRoutes(
  routes: RouteObject[],
  { route = '/', language = 'da', user = anna }: RenderOptions = {},
) {
  const i18n = createI18n({ bundles: [uiTranslations, statisticsTranslations], language });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  queryClient.setQueryData(authKeys.me, user);
  const api = createHttpClient({ onUnauthorized: createUnauthorizedHandler(queryClient) });
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const view = render(
    <CoreProviders i18n={i18n} queryClient={queryClient} api={api}>
      <UiProvider env="test">
        <RouterProvider router={router} />
      </UiProvider>
    </CoreProviders>,
  );
  const location = () => router.state.location.pathname;
  return { ...view, router, location, queryClient };
}
