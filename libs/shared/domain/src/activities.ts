import { entriesOf, type LabelledEntry, type LocalizedText } from './labels';

/** Cluster activities, who took part in them, and the money clusters report (funding records). */

// ---------------------------------------------------------------------------------------------------------
// Activity types

export const ACTIVITY_TYPE_IDS = [
  'knowledge_sharing',
  'matchmaking',
  'internationalisation',
  'innovation_project',
  'network_event',
  'course',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPE_IDS)[number];

export const ACTIVITY_TYPE_LABELS: Readonly<Record<ActivityType, LocalizedText>> = {
  knowledge_sharing: { da: 'Videnspredning', en: 'Knowledge sharing' },
  matchmaking: { da: 'Matchmaking', en: 'Matchmaking' },
  internationalisation: { da: 'Internationalisering', en: 'Internationalisation' },
  innovation_project: { da: 'Innovationsprojekt', en: 'Innovation project' },
  network_event: { da: 'Netværksarrangement', en: 'Network event' },
  course: { da: 'Kursus', en: 'Course' },
};

export const ACTIVITY_TYPES: readonly LabelledEntry<ActivityType>[] = entriesOf(
  ACTIVITY_TYPE_IDS,
  ACTIVITY_TYPE_LABELS,
);

// ---------------------------------------------------------------------------------------------------------
// Activity formats

export const ACTIVITY_FORMAT_IDS = ['on_site', 'online', 'hybrid'] as const;
export type ActivityFormat = (typeof ACTIVITY_FORMAT_IDS)[number];

export const ACTIVITY_FORMAT_LABELS: Readonly<Record<ActivityFormat, LocalizedText>> = {
  on_site: { da: 'Fysisk', en: 'On site' },
  online: { da: 'Online', en: 'Online' },
  hybrid: { da: 'Hybrid', en: 'Hybrid' },
};

export const ACTIVITY_FORMATS: readonly LabelledEntry<ActivityFormat>[] = entriesOf(
  ACTIVITY_FORMAT_IDS,
  ACTIVITY_FORMAT_LABELS,
);

// ---------------------------------------------------------------------------------------------------------
// How an activity is funded (one source per activity; `mixed` when several)

export const ACTIVITY_FUNDING_SOURCE_IDS = [
  'innovation_power',
  'external_public',
  'eu',
  'private',
  'mixed',
] as const;
export type ActivityFundingSource = (typeof ACTIVITY_FUNDING_SOURCE_IDS)[number];

export const ACTIVITY_FUNDING_SOURCE_LABELS: Readonly<Record<ActivityFundingSource, LocalizedText>> = {
  innovation_power: { da: 'Innovationskraft (basisbevilling)', en: 'Innovation power (base grant)' },
  external_public: { da: 'Anden offentlig finansiering', en: 'Other public funding' },
  eu: { da: 'EU-midler', en: 'EU funding' },
  private: { da: 'Privat finansiering', en: 'Private funding' },
  mixed: { da: 'Blandet finansiering', en: 'Mixed funding' },
};

export const ACTIVITY_FUNDING_SOURCES: readonly LabelledEntry<ActivityFundingSource>[] = entriesOf(
  ACTIVITY_FUNDING_SOURCE_IDS,
  ACTIVITY_FUNDING_SOURCE_LABELS,
);

// ---------------------------------------------------------------------------------------------------------
// Participation roles

export const PARTICIPATION_ROLE_IDS = ['participant', 'speaker', 'partner', 'host'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLE_IDS)[number];

export const PARTICIPATION_ROLE_LABELS: Readonly<Record<ParticipationRole, LocalizedText>> = {
  participant: { da: 'Deltager', en: 'Participant' },
  speaker: { da: 'Oplægsholder', en: 'Speaker' },
  partner: { da: 'Partner', en: 'Partner' },
  host: { da: 'Vært', en: 'Host' },
};

export const PARTICIPATION_ROLES: readonly LabelledEntry<ParticipationRole>[] = entriesOf(
  PARTICIPATION_ROLE_IDS,
  PARTICIPATION_ROLE_LABELS,
);

// ---------------------------------------------------------------------------------------------------------
// Funding records: where a cluster's money comes from, and whether it is spent or secured

export const FUNDING_SOURCE_IDS = [
  'innovation_power',
  'membership_fees',
  'sponsorships',
  'foundation_grants',
  'danish_public',
  'eu',
  'private_cofunding',
] as const;
export type FundingSource = (typeof FUNDING_SOURCE_IDS)[number];

export const FUNDING_SOURCE_LABELS: Readonly<Record<FundingSource, LocalizedText>> = {
  innovation_power: { da: 'Innovationskraft (basisbevilling)', en: 'Innovation power (base grant)' },
  membership_fees: { da: 'Medlemskontingenter', en: 'Membership fees' },
  sponsorships: { da: 'Sponsorater', en: 'Sponsorships' },
  foundation_grants: { da: 'Fondsmidler', en: 'Foundation grants' },
  danish_public: { da: 'Dansk offentlig projektfinansiering', en: 'Danish public project funding' },
  eu: { da: 'EU-midler', en: 'EU funding' },
  private_cofunding: { da: 'Privat medfinansiering', en: 'Private co-funding' },
};

export const FUNDING_SOURCES: readonly LabelledEntry<FundingSource>[] = entriesOf(
  FUNDING_SOURCE_IDS,
  FUNDING_SOURCE_LABELS,
);

export const FUNDING_STATUS_IDS = ['spent', 'secured'] as const;
export type FundingStatus = (typeof FUNDING_STATUS_IDS)[number];

export const FUNDING_STATUS_LABELS: Readonly<Record<FundingStatus, LocalizedText>> = {
  spent: { da: 'Forbrugt', en: 'Spent' },
  secured: { da: 'Hjemtaget', en: 'Secured' },
};

export const FUNDING_STATUSES: readonly LabelledEntry<FundingStatus>[] = entriesOf(
  FUNDING_STATUS_IDS,
  FUNDING_STATUS_LABELS,
);

/** Field lengths the API checks and the database stores. */
export const ACTIVITY_TITLE_LENGTH = { min: 3, max: 200 } as const;
export const ACTIVITY_PLACE_MAX_LENGTH = 200;
export const ACTIVITY_DESCRIPTION_MAX_LENGTH = 5000;
export const FUNDING_NOTE_MAX_LENGTH = 500;
