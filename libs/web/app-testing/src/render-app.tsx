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
  type TranslationBundle,
} from '@videnbro/web-core';
import { uiTranslations, UiProvider } from '@videnbro/web-ui';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';

export interface RenderAppOptions {
  /** Where to start: a path, or a path with history state. */
  route?: string | { pathname: string; state?: unknown };
  language?: Language;
  /** The session to start with; null for a visitor; left out, the (fake) API answers GET /auth/me. */
  user?: ApiUser | null;
}

/**
 * Renders routes as the app does (providers, 401 handler, a memory router) with the UI's and the given
 * translations, over whatever `fetch` the spec installed (the fake API). Each feature wraps it once
 * with its own translations and default session.
 */
export function renderApp(
  routes: RouteObject[],
  bundles: readonly TranslationBundle[],
  { route = '/', language = 'da', user }: RenderAppOptions = {},
) {
  const i18n = createI18n({ bundles: [uiTranslations, ...bundles], language });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  if (user !== undefined) queryClient.setQueryData(authKeys.me, user);
  const api = createHttpClient({ onUnauthorized: createUnauthorizedHandler(queryClient) });
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const view = render(
    <CoreProviders i18n={i18n} queryClient={queryClient} api={api}>
      <UiProvider env="test">
        <RouterProvider router={router} />
      </UiProvider>
    </CoreProviders>,
  );
  /** The current path with its query, e.g. `/search?q=robot`. */
  const location = () => router.state.location.pathname + router.state.location.search;
  return { ...view, router, location, queryClient, i18n };
}
