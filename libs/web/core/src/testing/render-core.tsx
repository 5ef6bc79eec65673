import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createHttpClient } from '../http/api-client';
import { createI18n } from '../i18n/create-i18n';
import type { Language } from '../i18n/languages';
import { CoreProviders } from '../providers';
import { createQueryClient } from '../query-client';
import { createUnauthorizedHandler } from '../session/session';

export const demoBundle = {
  namespace: 'demo',
  resources: { da: { title: 'Behov' }, en: { title: 'Needs' } },
};

/** The core providers as the app wires them, around a fake API installed by `fakeApi`. */
export function coreHarness(language: Language = 'da') {
  const i18n = createI18n({ bundles: [demoBundle], language });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const api = createHttpClient({ onUnauthorized: createUnauthorizedHandler(queryClient) });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <CoreProviders i18n={i18n} queryClient={queryClient} api={api}>
      {children}
    </CoreProviders>
  );
  return {
    i18n,
    queryClient,
    api,
    wrapper,
    renderHook: <T,>(hook: () => T) => renderHook(hook, { wrapper }),
  };
}
