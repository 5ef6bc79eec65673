import { render } from '@testing-library/react';
import {
  authKeys,
  CoreProviders,
  createHttpClient,
  createI18n,
  createQueryClient,
  type ApiUser,
  type Language,
} from '@videnbro/web-core';
import { uiTranslations, UiProvider } from '@videnbro/web-ui';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { dashboardTranslations } from '../i18n/translations';
import { fakeApi } from '@videnbro/web-testing';

/** Renders a page for a signed-in user, with the app's providers. */
export function renderPage(
  page: ReactElement,
  { user, language = 'da' }: { user: ApiUser; language?: Language },
) {
  fakeApi({ 'GET /api/v1/auth/me': { status: 200, body: { user } } });
  const i18n = createI18n({ bundles: [uiTranslations, dashboardTranslations], language });
  const queryClient = createQueryClient();
  queryClient.setQueryData(authKeys.me, user);
  return render(
    <CoreProviders i18n={i18n} queryClient={queryClient} api={createHttpClient()}>
      <UiProvider env="test">
        <MemoryRouter>{page}</MemoryRouter>
      </UiProvider>
    </CoreProviders>,
  );
}
