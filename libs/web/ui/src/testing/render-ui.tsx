import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { uiTranslations } from '../i18n/translations';
import { UiProvider } from '../theme';

/** Renders with Mantine, the `ui` texts in the given language, and a router at `route`. */
export function renderUi(ui: ReactElement, { language = 'da', route = '/' } = {}) {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: language,
    resources: { da: { ui: uiTranslations.resources.da }, en: { ui: uiTranslations.resources.en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <UiProvider env="test">
        <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
      </UiProvider>
    </I18nextProvider>
  );
  return { ...render(ui, { wrapper: Wrapper }), i18n };
}
