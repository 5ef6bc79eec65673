import type { Language } from './languages';

/**
 * The texts of one namespace in every language, bundled as TypeScript objects. Each library owns
 * its namespace and exports its bundle; the app hands them all to `createI18n`.
 */
export interface TranslationBundle {
  readonly namespace: string;
  readonly resources: Readonly<Record<Language, object>>;
}

/**
 * A namespace whose texts are fetched (a chunk of their own) the first time a component asks for it,
 * so that a page downloads only the texts of the features it shows. `load` is a dynamic import of
 * the library's `TranslationBundle`, inside the library.
 */
export interface LazyTranslationBundle {
  readonly namespace: string;
  readonly load: () => Promise<TranslationBundle>;
}

/** The shape of a namespace's texts in one language, to make every language match the English one. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
