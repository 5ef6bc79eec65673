import { entriesOf, isOneOf, type LabelledEntry, type LocalizedText } from './labels';

/** Postings: the needs companies publish and the competencies knowledge institutions publish. */

// ---------------------------------------------------------------------------------------------------------
// Collaboration formats

export const COLLABORATION_FORMAT_IDS = [
  'student_project',
  'internship',
  'contract_research',
  'joint_rd_application',
  'innovation_voucher',
  'eu_project',
  'test_demonstration',
  'continuing_education',
  'consultancy',
] as const;
export type CollaborationFormat = (typeof COLLABORATION_FORMAT_IDS)[number];

export const COLLABORATION_FORMAT_LABELS: Readonly<Record<CollaborationFormat, LocalizedText>> = {
  student_project: { da: 'Studenterprojekt / speciale', en: 'Student project / thesis' },
  internship: { da: 'Praktik', en: 'Internship' },
  contract_research: { da: 'Kontraktforskning', en: 'Contract research' },
  joint_rd_application: { da: 'Fælles ansøgning om F&U-midler', en: 'Joint R&D funding application' },
  innovation_voucher: { da: 'Videnkupon / Innobooster', en: 'Innovation voucher / Innobooster' },
  eu_project: { da: 'EU-projekt', en: 'EU project' },
  test_demonstration: { da: 'Test og demonstration', en: 'Test and demonstration' },
  continuing_education: { da: 'Efter- og videreuddannelse', en: 'Continuing education' },
  consultancy: { da: 'Rådgivning', en: 'Consultancy' },
};

export const COLLABORATION_FORMATS: readonly LabelledEntry<CollaborationFormat>[] = entriesOf(
  COLLABORATION_FORMAT_IDS,
  COLLABORATION_FORMAT_LABELS,
);

export function isCollaborationFormat(value: unknown): value is CollaborationFormat {
  return isOneOf(COLLABORATION_FORMAT_IDS, value);
}

// ---------------------------------------------------------------------------------------------------------
// Visibility

export const VISIBILITY_IDS = ['public', 'registered', 'brokers'] as const;
export type Visibility = (typeof VISIBILITY_IDS)[number];

export interface VisibilityEntry extends LabelledEntry<Visibility> {
  /** One line telling the author who will see the posting. */
  readonly explanation: LocalizedText;
}

export const VISIBILITIES: readonly VisibilityEntry[] = Object.freeze([
  {
    id: 'public',
    label: { da: 'Offentlig', en: 'Public' },
    explanation: {
      da: 'Alle kan se opslaget, også uden at logge ind.',
      en: 'Anyone can see the posting, also without signing in.',
    },
  },
  {
    id: 'registered',
    label: { da: 'Registrerede brugere', en: 'Registered users' },
    explanation: {
      da: 'Kun brugere, der er logget ind på Videnbro, kan se opslaget.',
      en: 'Only users signed in to Videnbro can see the posting.',
    },
  },
  {
    id: 'brokers',
    label: { da: 'Fortroligt – kun klynger', en: 'Confidential – clusters only' },
    explanation: {
      da: 'Kun din egen organisation og klyngernes matchmakere kan se opslaget.',
      en: "Only your own organisation and the clusters' brokers can see the posting.",
    },
  },
] as const satisfies readonly VisibilityEntry[]);

export function isVisibility(value: unknown): value is Visibility {
  return isOneOf(VISIBILITY_IDS, value);
}

// ---------------------------------------------------------------------------------------------------------
// Status

export const POSTING_STATUS_IDS = ['draft', 'open', 'in_dialogue', 'matched', 'closed'] as const;
export type PostingStatus = (typeof POSTING_STATUS_IDS)[number];

export const POSTING_STATUS_LABELS: Readonly<Record<PostingStatus, LocalizedText>> = {
  draft: { da: 'Kladde', en: 'Draft' },
  open: { da: 'Åben', en: 'Open' },
  in_dialogue: { da: 'I dialog', en: 'In dialogue' },
  matched: { da: 'Partner fundet', en: 'Matched' },
  closed: { da: 'Lukket', en: 'Closed' },
};

export const POSTING_STATUSES: readonly LabelledEntry<PostingStatus>[] = entriesOf(
  POSTING_STATUS_IDS,
  POSTING_STATUS_LABELS,
);

/** The status changes a posting allows, from each status. `closed → open` reopens a posting. */
export const STATUS_TRANSITIONS: Readonly<Record<PostingStatus, readonly PostingStatus[]>> = {
  draft: ['open', 'closed'],
  open: ['in_dialogue', 'closed'],
  in_dialogue: ['open', 'matched', 'closed'],
  matched: ['closed'],
  closed: ['open'],
};

export function isPostingStatus(value: unknown): value is PostingStatus {
  return isOneOf(POSTING_STATUS_IDS, value);
}

/** True when a posting may move from one status to another (staying in the same status is no transition). */
export function canTransition(from: PostingStatus, to: PostingStatus): boolean {
  return isPostingStatus(from) && STATUS_TRANSITIONS[from].includes(to);
}

// ---------------------------------------------------------------------------------------------------------
// Budget, timeframe, language

export const BUDGET_BAND_IDS = ['under_100k', '100k_500k', '500k_2m', 'over_2m', 'unknown'] as const;
export type BudgetBand = (typeof BUDGET_BAND_IDS)[number];

export interface BudgetBandEntry extends LabelledEntry<BudgetBand> {
  /** Lower bound in DKK (inclusive); null when unknown. */
  readonly minDkk: number | null;
  /** Upper bound in DKK (exclusive); null for no upper bound or unknown. */
  readonly maxDkk: number | null;
}

export const BUDGET_BANDS: readonly BudgetBandEntry[] = Object.freeze([
  {
    id: 'under_100k',
    minDkk: 0,
    maxDkk: 100_000,
    label: { da: 'Under 100.000 kr.', en: 'Under DKK 100,000' },
  },
  {
    id: '100k_500k',
    minDkk: 100_000,
    maxDkk: 500_000,
    label: { da: '100.000–500.000 kr.', en: 'DKK 100,000–500,000' },
  },
  {
    id: '500k_2m',
    minDkk: 500_000,
    maxDkk: 2_000_000,
    label: { da: '500.000 kr.–2 mio. kr.', en: 'DKK 500,000–2 million' },
  },
  {
    id: 'over_2m',
    minDkk: 2_000_000,
    maxDkk: null,
    label: { da: 'Over 2 mio. kr.', en: 'Over DKK 2 million' },
  },
  { id: 'unknown', minDkk: null, maxDkk: null, label: { da: 'Ikke afklaret endnu', en: 'Not decided yet' } },
] as const satisfies readonly BudgetBandEntry[]);

export function isBudgetBand(value: unknown): value is BudgetBand {
  return isOneOf(BUDGET_BAND_IDS, value);
}

export const TIMEFRAME_IDS = [
  'asap',
  'within_3_months',
  'within_6_months',
  'within_12_months',
  'flexible',
] as const;
export type Timeframe = (typeof TIMEFRAME_IDS)[number];

export const TIMEFRAME_LABELS: Readonly<Record<Timeframe, LocalizedText>> = {
  asap: { da: 'Hurtigst muligt', en: 'As soon as possible' },
  within_3_months: { da: 'Inden for 3 måneder', en: 'Within 3 months' },
  within_6_months: { da: 'Inden for 6 måneder', en: 'Within 6 months' },
  within_12_months: { da: 'Inden for 12 måneder', en: 'Within 12 months' },
  flexible: { da: 'Fleksibelt', en: 'Flexible' },
};

export const TIMEFRAMES: readonly LabelledEntry<Timeframe>[] = entriesOf(TIMEFRAME_IDS, TIMEFRAME_LABELS);

export function isTimeframe(value: unknown): value is Timeframe {
  return isOneOf(TIMEFRAME_IDS, value);
}

/** Languages a posting or an organisation works in (ISO 639-1). */
export const LANGUAGE_IDS = ['da', 'en', 'de', 'sv', 'no'] as const;
export type Language = (typeof LANGUAGE_IDS)[number];

export const LANGUAGE_LABELS: Readonly<Record<Language, LocalizedText>> = {
  da: { da: 'Dansk', en: 'Danish' },
  en: { da: 'Engelsk', en: 'English' },
  de: { da: 'Tysk', en: 'German' },
  sv: { da: 'Svensk', en: 'Swedish' },
  no: { da: 'Norsk', en: 'Norwegian' },
};

export const LANGUAGES: readonly LabelledEntry<Language>[] = entriesOf(LANGUAGE_IDS, LANGUAGE_LABELS);

export function isLanguage(value: unknown): value is Language {
  return isOneOf(LANGUAGE_IDS, value);
}

// ---------------------------------------------------------------------------------------------------------
// Text limits and tags

export const TITLE_LENGTH = Object.freeze({ min: 5, max: 200 } as const);
export const DESCRIPTION_LENGTH = Object.freeze({ min: 20, max: 10_000 } as const);
export const TAG_LIMITS = Object.freeze({ maxTags: 20, maxLength: 50 } as const);

/**
 * Tags as stored: trimmed, lower-case, inner whitespace collapsed to one space, empty ones dropped and
 * duplicates removed (the first occurrence keeps its place). Does not enforce TAG_LIMITS: see tagsProblem.
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    if (typeof tag !== 'string') continue;
    const value = tag.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
    if (value === '' || seen.has(value)) continue;
    seen.add(value);
    result.push(value);
  }
  return result;
}

/** Null when normalised tags are within TAG_LIMITS, else an English message for an API response. */
export function tagsProblem(tags: readonly string[]): string | null {
  if (tags.length > TAG_LIMITS.maxTags) return `At most ${TAG_LIMITS.maxTags} tags are allowed`;
  const long = tags.find((tag) => tag.length > TAG_LIMITS.maxLength);
  if (long !== undefined) return `A tag can be at most ${TAG_LIMITS.maxLength} characters: "${long}"`;
  return null;
}
