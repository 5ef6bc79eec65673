/** The languages the user interface speaks. */
export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A user-facing text in every interface language. */
export interface LocalizedText {
  readonly da: string;
  readonly en: string;
}

/** An entry of a value list (a select option): its stored id and its label. */
export interface LabelledEntry<Id extends string = string> {
  readonly id: Id;
  readonly label: LocalizedText;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The text of a label, or of an entry's label, in the given locale (Danish when the locale is unknown).
 *   label({ da: 'Åben', en: 'Open' }, 'en') === 'Open'
 *   label(ORGANIZATION_KINDS[0], 'da') === 'SMV'
 */
export function label(
  entry: LocalizedText | { readonly label: LocalizedText },
  locale: Locale | string,
): string {
  const text = 'label' in entry ? entry.label : entry;
  return locale === 'en' ? text.en : text.da;
}

/** Entries in a fixed id order, from a label table keyed by id (the table's type makes it complete). */
export function entriesOf<Id extends string>(
  ids: readonly Id[],
  labels: Readonly<Record<Id, LocalizedText>>,
): readonly LabelledEntry<Id>[] {
  return Object.freeze(ids.map((id) => Object.freeze({ id, label: labels[id] })));
}

/** A type guard for a closed list of ids, e.g. `isOneOf(ORGANIZATION_KIND_IDS, body.kind)`. */
export function isOneOf<Id extends string>(ids: readonly Id[], value: unknown): value is Id {
  return typeof value === 'string' && (ids as readonly string[]).includes(value);
}
