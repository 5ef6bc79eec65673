import { entriesOf, type LabelledEntry, type LocalizedText } from './labels';

// ---------------------------------------------------------------------------------------------------------
// Case stages: the broker's pipeline of an introduction

export const CASE_STAGE_IDS = [
  'suggested',
  'introduced',
  'meeting_held',
  'collaboration_agreed',
  'funded',
  'declined',
  'stalled',
] as const;
export type CaseStage = (typeof CASE_STAGE_IDS)[number];

export const CASE_STAGE_LABELS: Readonly<Record<CaseStage, LocalizedText>> = {
  suggested: { da: 'Foreslået', en: 'Suggested' },
  introduced: { da: 'Introduceret', en: 'Introduced' },
  meeting_held: { da: 'Møde holdt', en: 'Meeting held' },
  collaboration_agreed: { da: 'Samarbejde aftalt', en: 'Collaboration agreed' },
  funded: { da: 'Finansieret', en: 'Funded' },
  declined: { da: 'Afvist', en: 'Declined' },
  stalled: { da: 'Gået i stå', en: 'Stalled' },
};

export const CASE_STAGES: readonly LabelledEntry<CaseStage>[] = entriesOf(CASE_STAGE_IDS, CASE_STAGE_LABELS);

/**
 * The one table of stage changes. Forward one step at a time; any open stage may stall or be
 * declined; a stalled case resumes where it fits; `funded` and `declined` are final (a new request
 * then opens a new case).
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseStage, readonly CaseStage[]>> = {
  suggested: ['introduced', 'declined', 'stalled'],
  introduced: ['meeting_held', 'declined', 'stalled'],
  meeting_held: ['collaboration_agreed', 'declined', 'stalled'],
  collaboration_agreed: ['funded', 'declined', 'stalled'],
  funded: [],
  declined: [],
  stalled: ['suggested', 'introduced', 'meeting_held', 'collaboration_agreed', 'declined'],
};

/** Stages of a finished case: a request for the same pair then opens a new case. */
export const CLOSED_CASE_STAGES = ['funded', 'declined'] as const satisfies readonly CaseStage[];

/** Stages that need both parties' consent first: the introduction has happened. */
export const CONSENTED_CASE_STAGES = [
  'meeting_held',
  'collaboration_agreed',
  'funded',
] as const satisfies readonly CaseStage[];

export function isCaseStage(value: unknown): value is CaseStage {
  return typeof value === 'string' && (CASE_STAGE_IDS as readonly string[]).includes(value);
}

export function canMoveCase(from: CaseStage, to: CaseStage): boolean {
  return isCaseStage(from) && CASE_TRANSITIONS[from].includes(to);
}

export function isOpenCaseStage(stage: CaseStage): boolean {
  return !(CLOSED_CASE_STAGES as readonly CaseStage[]).includes(stage);
}

// ---------------------------------------------------------------------------------------------------------
// Outcome: what came of a case

export const COLLABORATION_TYPE_IDS = [
  'student_project',
  'contract_research',
  'joint_rd_application',
  'innovation_voucher',
  'eu_application',
  'other',
] as const;
export type CollaborationType = (typeof COLLABORATION_TYPE_IDS)[number];

export const COLLABORATION_TYPE_LABELS: Readonly<Record<CollaborationType, LocalizedText>> = {
  student_project: { da: 'Studenterprojekt', en: 'Student project' },
  contract_research: { da: 'Kontraktforskning', en: 'Contract research' },
  joint_rd_application: { da: 'Fælles F&U-ansøgning', en: 'Joint R&D application' },
  innovation_voucher: { da: 'Videnkupon / Innobooster', en: 'Innovation voucher / Innobooster' },
  eu_application: { da: 'EU-ansøgning', en: 'EU application' },
  other: { da: 'Andet', en: 'Other' },
};

export const COLLABORATION_TYPES: readonly LabelledEntry<CollaborationType>[] = entriesOf(
  COLLABORATION_TYPE_IDS,
  COLLABORATION_TYPE_LABELS,
);

// ---------------------------------------------------------------------------------------------------------
// Ways in and routing

export const CASE_ORIGIN_IDS = ['company_request', 'institution_interest', 'broker_match'] as const;
export type CaseOrigin = (typeof CASE_ORIGIN_IDS)[number];

/** How the case found its owner cluster (see the cases library's routing rule). */
export const CASE_ROUTING_IDS = [
  'broker',
  'company_membership',
  'strength_areas',
  'institution_membership',
  'handover',
] as const;
export type CaseRouting = (typeof CASE_ROUTING_IDS)[number];

export const CASE_ROUTING_LABELS: Readonly<Record<CaseRouting, LocalizedText>> = {
  broker: { da: 'Oprettet af klyngen', en: 'Created by the cluster' },
  company_membership: {
    da: 'Virksomheden er medlem af klyngen',
    en: 'The company is a member of the cluster',
  },
  strength_areas: {
    da: 'Klyngens styrkepositioner passer bedst',
    en: "The cluster's strength areas fit best",
  },
  institution_membership: {
    da: 'Vidensinstitutionen er medlem af klyngen',
    en: 'The knowledge institution is a member of the cluster',
  },
  handover: { da: 'Overdraget fra en anden klynge', en: 'Handed over from another cluster' },
};

export const CASE_PARTY_IDS = ['company', 'institution'] as const;
export type CaseParty = (typeof CASE_PARTY_IDS)[number];

export const CONSENT_STATUS_IDS = ['pending', 'accepted', 'declined'] as const;
export type ConsentStatus = (typeof CONSENT_STATUS_IDS)[number];

export const CASE_TEXT_MAX_LENGTH = 4000;
export const CASE_NEXT_ACTION_MAX_LENGTH = 300;
