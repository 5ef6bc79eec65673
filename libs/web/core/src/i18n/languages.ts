/** The languages of the user interface; the API's user `locale` takes the same values. */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where an explicit choice of language is remembered on this device. */
export const LANGUAGE_STORAGE_KEY = 'videnbro.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the user chose on this device, if any. Storage may be unavailable (privacy modes). */
export function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}

/** The remembered choice; otherwise Danish for a Danish browser and English for everyone else. */
export function detectLanguage(browserLanguage = globalThis.navigator?.language ?? ''): Language {
  return storedLanguage() ?? (browserLanguage.toLowerCase().startsWith('da') ? 'da' : 'en');
}
