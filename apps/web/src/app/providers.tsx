import type { QueryClient } from '@tanstack/react-query';
import {
  CoreProviders,
  createHttpClient,
  createI18n,
  createQueryClient,
  createUnauthorizedHandler,
  type ApiClient,
} from '@videnbro/web-core';
import { UiProvider } from '@videnbro/web-ui';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { bundles } from './i18n-bundles';

export interface AppServices {
  i18n: i18n;
  queryClient: QueryClient;
  api: ApiClient;
}

/** The app's singletons: translations, the query cache, and the one HTTP client with its 401 handler. */
export function createAppServices(): AppServices {
  const queryClient = createQueryClient();
  return {
    i18n: createI18n({ bundles }),
    queryClient,
    api: createHttpClient({ onUnauthorized: createUnauthorizedHandler(queryClient) }),
  };
}

export function AppProviders({
  services,
  uiEnv,
  children,
}: {
  services: AppServices;
  uiEnv?: 'default' | 'test';
  children: ReactNode;
}) {
  return (
    <CoreProviders i18n={services.i18n} queryClient={services.queryClient} api={services.api}>
      <UiProvider env={uiEnv}>{children}</UiProvider>
    </CoreProviders>
  );
}
