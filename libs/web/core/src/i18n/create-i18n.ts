import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLanguage, LANGUAGES, type Language } from './languages';
import type { LazyTranslationBundle, TranslationBundle } from './translation-bundle';
import { commonTranslations } from './translations';

export interface CreateI18nOptions {
  /**
   * The namespaces of the libraries in use (the `common` namespace is always included): bundled
   * ones are there at once; lazy ones load when a component first asks for them, and that component
   * suspends meanwhile (it needs a `<Suspense>` above it, as every page has).
   */
  bundles: readonly (TranslationBundle | LazyTranslationBundle)[];
  /** Defaults to the remembered or the browser's language. */
  language?: Language;
}

/** Reads a lazy namespace's texts in one language from its library's chunk (loaded once). */
function lazyBackend(bundles: readonly LazyTranslationBundle[]): BackendModule {
  const loaders = new Map(bundles.map((bundle) => [bundle.namespace, bundle.load]));
  return {
    type: 'backend',
    callbackApi: true,
    init: () => undefined,
    read: (language, namespace, callback) => {
      const load = loaders.get(namespace);
      if (!load) return callback(new Error(`no translations for the namespace "${namespace}"`), null);
      load().then(
        (bundle) => callback(null, bundle.resources[language as Language]),
        (error: Error) => callback(error, null),
      );
    },
  };
}

/**
 * An i18next instance, initialised synchronously with the bundled namespaces (the lazy ones load on
 * demand, in the current language and the English fallback), which keeps `<html lang>` in step with
 * the current language so that assistive technology reads it right.
 */
export function createI18n({ bundles, language = detectLanguage() }: CreateI18nOptions): i18n {
  const lazy: LazyTranslationBundle[] = [];
  const bundled: TranslationBundle[] = [commonTranslations];
  for (const bundle of bundles) {
    if ('load' in bundle) lazy.push(bundle);
    else bundled.push(bundle);
  }
  const resources = Object.fromEntries(
    LANGUAGES.map((lng) => [lng, Object.fromEntries(bundled.map((b) => [b.namespace, b.resources[lng]]))]),
  );
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(lazyBackend(lazy))
    .init({
      resources,
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      ns: bundled.map((b) => b.namespace),
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
