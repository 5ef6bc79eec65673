import type { OrganizationKind, PostingStatus, RegionId, Visibility } from '@videnbro/domain';

export const SEARCH_TYPES = ['need', 'competence', 'organization'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * Postings in these statuses are found by search. Drafts are unpublished, closed postings no longer
 * look for partners; deleted postings (and those of deleted organisations) are never indexed either.
 */
export const SEARCHABLE_STATUSES = [
  'open',
  'in_dialogue',
  'matched',
] as const satisfies readonly PostingStatus[];

/**
 * One document of the search index: a need, a competence or an organisation. It carries what the
 * server needs to build the caller's visibility filter (visibility, owner organisation, the owner's
 * clusters), so that no search has to go back to the database to decide what the caller may see.
 */
export interface SearchDocument {
  /** `${type}-${entityId}`: the three types share one index. */
  id: string;
  type: SearchType;
  entityId: string;
  /** The posting's title, or the organisation's name. */
  title: string;
  description: string;
  tags: string[];
  formats: string[];
  /** Needs: the kinds of partner sought. */
  partnerKinds: string[];
  languages: string[];
  /** The organisation's kind (for postings: the owner's). */
  kind: OrganizationKind;
  /** The posting's region preference, else the organisation's region. */
  region: RegionId | null;
  /** The organisation's country (ISO 3166-1 alpha-2). */
  country: string;
  /** The organisation itself, for organisation documents. */
  organizationId: string;
  organizationName: string;
  /** The live clusters the organisation is a member of (whose brokers may read `brokers` postings). */
  clusterIds: string[];
  /** Organisation profiles are public. */
  visibility: Visibility;
  /** Postings only; null for organisations. */
  status: PostingStatus | null;
  /** Unix seconds: the later of the entity's and its organisation's last change. */
  updatedAt: number;
}

export const documentId = (type: SearchType, entityId: string) => `${type}-${entityId}`;

/** A posting row as the search sources read it (snake-cased columns of needs/competencies + owner). */
export interface PostingSourceRow {
  id: string;
  organization_id: string;
  title: string;
  description: string;
  tags: string[];
  formats: string[];
  partner_kinds: string[] | null;
  languages: string[];
  region_preference: RegionId | null;
  visibility: Visibility;
  status: PostingStatus;
  updated_at: Date;
  organization_name: string;
  organization_kind: OrganizationKind;
  organization_region: RegionId | null;
  organization_country: string;
  organization_updated_at: Date;
  cluster_ids: string[];
}

export interface OrganizationSourceRow {
  id: string;
  kind: OrganizationKind;
  name: string;
  description: string | null;
  tags: string[];
  strength_areas: string[];
  languages: string[];
  region: RegionId | null;
  country: string;
  updated_at: Date;
  cluster_ids: string[];
}

const seconds = (...dates: Date[]) => Math.floor(Math.max(...dates.map((date) => date.getTime())) / 1000);

export function postingDocument(type: 'need' | 'competence', row: PostingSourceRow): SearchDocument {
  return {
    id: documentId(type, row.id),
    type,
    entityId: row.id,
    title: row.title,
    description: row.description,
    tags: row.tags,
    formats: row.formats,
    partnerKinds: row.partner_kinds ?? [],
    languages: row.languages,
    kind: row.organization_kind,
    region: row.region_preference ?? row.organization_region,
    country: row.organization_country,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    clusterIds: [...row.cluster_ids].sort(),
    visibility: row.visibility,
    status: row.status,
    updatedAt: seconds(row.updated_at, row.organization_updated_at),
  };
}

export function organizationDocument(row: OrganizationSourceRow): SearchDocument {
  return {
    id: documentId('organization', row.id),
    type: 'organization',
    entityId: row.id,
    title: row.name,
    description: row.description ?? '',
    // A cluster's strength areas are what it is found by.
    tags: [...new Set([...row.tags, ...row.strength_areas.map((area) => area.toLocaleLowerCase('da'))])],
    formats: [],
    partnerKinds: [],
    languages: row.languages,
    kind: row.kind,
    region: row.region,
    country: row.country,
    organizationId: row.id,
    organizationName: row.name,
    clusterIds: [...row.cluster_ids].sort(),
    visibility: 'public',
    status: null,
    updatedAt: seconds(row.updated_at),
  };
}
