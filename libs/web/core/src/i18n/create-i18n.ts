import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLanguage, LANGUAGES, type Language } from './languages';
import type { TranslationBundle } from './translation-bundle';
import { commonTranslations } from './translations';

export interface CreateI18nOptions {
  /** The namespaces of the libraries in use (the `common` namespace is always included). */
  bundles: readonly TranslationBundle[];
  /** Defaults to the remembered or the browser's language. */
  language?: Language;
}

/**
 * A ready (synchronously initialised) i18next instance with every namespace bundled, which keeps
 * `<html lang>` in step with the current language so that assistive technology reads it right.
 */
export function createI18n({ bundles, language = detectLanguage() }: CreateI18nOptions): i18n {
  const all = [commonTranslations, ...bundles];
  const resources = Object.fromEntries(
    LANGUAGES.map((lng) => [lng, Object.fromEntries(all.map((b) => [b.namespace, b.resources[lng]]))]),
  );
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: all.map((b) => b.namespace),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  const syncDocumentLanguage = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  instance.on('languageChanged', syncDocumentLanguage);
  syncDocumentLanguage(instance.language);
  return instance;
}
