import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@videnbro/api-client';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from './http/api-client';

export interface CoreProvidersProps {
  i18n: i18n;
  queryClient: QueryClient;
  api: ApiClient;
  children: ReactNode;
}

/** Translations, server state and the HTTP client, for the app and for tests alike. */
export function CoreProviders({ i18n, queryClient, api, children }: CoreProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiProvider client={api}>{children}</ApiProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
