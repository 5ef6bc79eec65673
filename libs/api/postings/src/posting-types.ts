import { COMPANY_KINDS, KNOWLEDGE_INSTITUTION_KINDS } from '@videnbro/domain';
import type {
  BudgetBand,
  CollaborationFormat,
  Language,
  OrganizationKind,
  RegionId,
  Timeframe,
  Visibility,
} from '@videnbro/domain';
import type { EntityTarget } from 'typeorm';
import { Competence, Need } from './entities';
import type { Posting } from './entities';

/** What an author writes into a posting of any type. Status has its own endpoint. */
export interface PostingContent {
  title: string;
  description: string;
  tags: string[];
  formats: CollaborationFormat[];
  regionPreference: RegionId | null;
  languages: Language[];
  visibility: Visibility;
  contactUserId: string | null;
  externalId: string | null;
}

export interface NeedContent extends PostingContent {
  partnerKinds: OrganizationKind[];
  budgetBand: BudgetBand | null;
  timeframe: Timeframe | null;
}

export type CompetenceContent = PostingContent;

/** A field an author sets, in either posting type. */
export type ContentField = keyof NeedContent;

const CONTENT_FIELDS = [
  'title',
  'description',
  'tags',
  'formats',
  'regionPreference',
  'languages',
  'visibility',
  'contactUserId',
  'externalId',
] as const satisfies readonly (keyof PostingContent)[];

/**
 * One posting type: its table, its content fields, and who publishes it. The repository, the
 * service and the rules are written once, for both types, against this description.
 */
export interface PostingType<T extends Posting = Posting, C extends PostingContent = PostingContent> {
  /** The entity type in audit entries and outbox rows. */
  name: 'need' | 'competence';
  entity: EntityTarget<T>;
  /** Its table (the entity's PostingTable), which names its indexes. */
  table: string;
  /** For messages: "need", "competence". */
  noun: string;
  /** The organisation kinds that publish it, and how to say so. */
  publisherKinds: readonly OrganizationKind[];
  publishers: string;
  /** The fields an author sets (those of C); the audit log records changes to exactly these. */
  fields: readonly ContentField[];
  /** The content before anything is set. */
  defaults: Omit<C, 'title' | 'description'>;
}

/** Registered users see a posting unless its author chooses otherwise. */
const COMMON_DEFAULTS: Omit<PostingContent, 'title' | 'description'> = {
  tags: [],
  formats: [],
  regionPreference: null,
  languages: [],
  visibility: 'registered',
  contactUserId: null,
  externalId: null,
};

export const NEED: PostingType<Need, NeedContent> = {
  name: 'need',
  entity: Need,
  table: 'needs',
  noun: 'need',
  publisherKinds: COMPANY_KINDS,
  publishers: `companies (${COMPANY_KINDS.join(', ')})`,
  fields: [...CONTENT_FIELDS, 'partnerKinds', 'budgetBand', 'timeframe'],
  defaults: { ...COMMON_DEFAULTS, partnerKinds: [], budgetBand: null, timeframe: null },
};

export const COMPETENCE: PostingType<Competence, CompetenceContent> = {
  name: 'competence',
  entity: Competence,
  table: 'competencies',
  noun: 'competence',
  publisherKinds: KNOWLEDGE_INSTITUTION_KINDS,
  publishers: `knowledge institutions (${KNOWLEDGE_INSTITUTION_KINDS.join(', ')})`,
  fields: CONTENT_FIELDS,
  defaults: COMMON_DEFAULTS,
};
