import { employeeBandOf, municipalityById, municipalityByName, POSTING_STATUS_IDS } from '@videnbro/domain';
import type { OrganizationKind, PostingStatus } from '@videnbro/domain';
import { validationDetails } from '@videnbro/http';
import { CreateOrganizationDto, resolveProfile } from '@videnbro/organizations';
import type { OrganizationProfile } from '@videnbro/organizations';
import { COMPETENCE, CreateCompetenceDto, CreateNeedDto, NEED, resolveContent } from '@videnbro/postings';
import type { NeedContent } from '@videnbro/postings';
import { plainToInstance } from 'class-transformer';
import type { ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';

export const RECORD_TYPES = ['organization', 'competence', 'need'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** The organisation columns an import owns; the rest (languages, strength areas, members) stay as edited. */
export const IMPORTED_PROFILE_FIELDS = [
  'kind',
  'name',
  'cvr',
  'employeeBand',
  'industryCodes',
  'codeSystem',
  'country',
  'region',
  'municipality',
  'city',
  'website',
  'description',
  'tags',
] as const satisfies readonly (keyof OrganizationProfile)[];

export type OrganizationRow = Pick<OrganizationProfile, (typeof IMPORTED_PROFILE_FIELDS)[number]> & {
  externalId: string;
};

/** A need or competence as it is written; `organization` is the organisation's externalId. */
export type PostingRow = Pick<
  NeedContent,
  'title' | 'description' | 'tags' | 'formats' | 'partnerKinds' | 'visibility'
> & {
  externalId: string;
  organization: string;
  status: PostingStatus;
};

export type ImportRecord =
  { type: 'organization'; row: OrganizationRow } | { type: 'competence' | 'need'; row: PostingRow };

/** A record that breaks a rule; the message names the field. */
export class RecordError extends Error {}

/** Which kinds publish which posting type: the postings feature's rule. */
export const PUBLISHER_KINDS: Record<'competence' | 'need', readonly OrganizationKind[]> = {
  competence: COMPETENCE.publisherKinds,
  need: NEED.publisherKinds,
};

const ORGANIZATION_FIELDS = [
  'name',
  'kind',
  'country',
  'region',
  'municipality',
  'city',
  'cvr',
  'employees',
  'nace',
  'website',
  'description',
  'tags',
];
const POSTING_FIELDS = [
  'organization',
  'title',
  'description',
  'tags',
  'formats',
  'partnerKinds',
  'visibility',
  'status',
];

/** The import's names for the API's fields, so that messages name what the file holds. */
const IMPORT_NAMES: Record<string, string> = { employeeBand: 'employees', industryCodes: 'nace' };

// The publishing organisation is resolved from its externalId after validation; the API's DTO wants an id.
const UNRESOLVED_ORGANIZATION_ID = '00000000-0000-0000-0000-000000000000';

type Input = Record<string, unknown>;

/** Validates like the API: the same DTO (transforms included), whitelisted, unknown fields refused. */
function checked<T extends object>(dto: ClassConstructor<T>, plain: Input): T {
  const instance = plainToInstance(dto, plain);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    const details = validationDetails(errors);
    throw new RecordError(
      details.map(({ field, message }) => `${IMPORT_NAMES[field] ?? field}: ${message}`).join('; '),
    );
  }
  return instance;
}

function unknownFields(input: Input, known: readonly string[]): void {
  const extra = Object.keys(input).filter(
    (key) => key !== 'type' && key !== 'externalId' && !known.includes(key),
  );
  if (extra.length) throw new RecordError(`${extra[0]}: is not a field of this record type`);
}

function externalIdOf(input: Input, field = 'externalId'): string {
  const value = input[field];
  if (typeof value !== 'string' || !value.trim()) throw new RecordError(`${field}: is required`);
  if (value.trim().length > 100) throw new RecordError(`${field}: must be at most 100 characters`);
  return value.trim();
}

/** A list as JSON holds it, or as CSV does: values separated by `;`. */
function list(value: unknown): unknown {
  return typeof value === 'string'
    ? value
        .split(';')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;
}

/** `employees` is a head count (a band is derived) or a band itself. */
function employeeBand(value: unknown): unknown {
  const count = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof count !== 'number') return value;
  if (!Number.isInteger(count) || count < 1)
    throw new RecordError('employees: must be a whole number above 0');
  return employeeBandOf(count);
}

/** A municipality by id or by name ("Aarhus", "Københavns Kommune"); anything else goes on to be refused. */
function municipalityId(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return (municipalityById(value) ?? municipalityByName(value))?.id ?? value;
}

/** EU sources (CORDIS, Eurostat) write Greece and the United Kingdom as EL and UK; ISO 3166-1 has GR and GB. */
const EU_COUNTRY_CODES: Record<string, string> = { EL: 'GR', UK: 'GB' };

function country(value: unknown): unknown {
  return typeof value === 'string' ? (EU_COUNTRY_CODES[value.trim().toUpperCase()] ?? value) : value;
}

/** Absent and null are the same in a file: nothing given. */
function given(input: Input): Input {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
  );
}

function organization(input: Input): OrganizationRow {
  unknownFields(input, ORGANIZATION_FIELDS);
  const externalId = externalIdOf(input);
  const dto = checked(
    CreateOrganizationDto,
    given({
      externalId,
      kind: input.kind,
      name: input.name,
      cvr: typeof input.cvr === 'number' ? String(input.cvr) : input.cvr,
      employeeBand: input.employees == null ? undefined : employeeBand(input.employees),
      industryCodes: list(input.nace),
      country: country(input.country),
      region: input.region,
      municipality: municipalityId(input.municipality),
      city: input.city,
      website: input.website,
      description: input.description,
      tags: list(input.tags),
    }),
  );
  // The CVR number is optional on import (requireCvr: false) but checked when given.
  const { profile, problems } = resolveProfile(null, dto, { requireCvr: false });
  if (problems.length)
    throw new RecordError(
      problems.map(({ field, message }) => `${IMPORT_NAMES[field] ?? field}: ${message}`).join('; '),
    );
  const row = { externalId } as OrganizationRow;
  for (const field of IMPORTED_PROFILE_FIELDS) (row as Record<string, unknown>)[field] = profile[field];
  return row;
}

function posting(type: 'competence' | 'need', input: Input): PostingRow {
  unknownFields(input, POSTING_FIELDS);
  const externalId = externalIdOf(input);
  const organization = externalIdOf(input, 'organization');
  // Imports carry a posting's history: any status, where the API creates in draft or open only.
  const status = input.status == null ? 'open' : input.status;
  if (typeof status !== 'string' || !(POSTING_STATUS_IDS as readonly string[]).includes(status)) {
    throw new RecordError(`status: must be one of ${POSTING_STATUS_IDS.join(', ')}`);
  }
  const plain = given({
    organizationId: UNRESOLVED_ORGANIZATION_ID,
    externalId,
    title: input.title,
    description: input.description,
    tags: list(input.tags),
    formats: list(input.formats),
    partnerKinds: list(input.partnerKinds),
    visibility: input.visibility ?? 'public',
  });
  const { content, problems } =
    type === 'need'
      ? resolveContent(NEED, null, checked(CreateNeedDto, plain))
      : resolveContent(COMPETENCE, null, checked(CreateCompetenceDto, plain));
  if (problems.length)
    throw new RecordError(problems.map(({ field, message }) => `${field}: ${message}`).join('; '));
  return {
    externalId,
    organization,
    title: content.title,
    description: content.description,
    tags: content.tags,
    formats: content.formats,
    partnerKinds: 'partnerKinds' in content ? (content as NeedContent).partnerKinds : [],
    visibility: content.visibility,
    status: status as PostingStatus,
  };
}

/** One parsed JSON value as a validated, normalised record, or a RecordError naming the field. */
export function toRecord(value: unknown): ImportRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordError('a record must be a JSON object');
  }
  const input = value as Input;
  if (typeof input.type !== 'string' || !(RECORD_TYPES as readonly string[]).includes(input.type)) {
    throw new RecordError(
      `type: ${JSON.stringify(input.type ?? null)} is not one of ${RECORD_TYPES.join(', ')}`,
    );
  }
  // PostgreSQL cannot store a NUL in text: refused here, it fails its line instead of its batch.
  const withNul = Object.entries(input).find(([, field]) =>
    [field].flat().some((item) => typeof item === 'string' && item.includes('\u0000')),
  );
  if (withNul) throw new RecordError(`${withNul[0]}: must not contain NUL characters`);
  const type = input.type as RecordType;
  if (type === 'organization') return { type, row: organization(input) };
  return { type, row: posting(type, input) };
}

/** The externalId of a raw record, when it has one: for error reports. */
export function externalIdHint(value: unknown): string | undefined {
  const id = value && typeof value === 'object' ? (value as Input).externalId : undefined;
  return typeof id === 'string' && id.trim() ? id.trim().slice(0, 100) : undefined;
}
