import {
  checkCvr,
  CODE_SYSTEM,
  CVR_PROBLEM_MESSAGES,
  isCompany,
  normaliseNaceCode,
  normaliseTags,
  regionOfMunicipality,
  tagsProblem,
} from '@videnbro/domain';
import type { EmployeeBand, OrganizationKind, RegionId } from '@videnbro/domain';
import type { FieldErrorDto } from '@videnbro/http';

/** The fields a user edits; the audit log records changes to exactly these. */
export interface OrganizationProfile {
  kind: OrganizationKind;
  name: string;
  cvr: string | null;
  employeeBand: EmployeeBand | null;
  industryCodes: string[];
  codeSystem: string;
  country: string;
  region: RegionId | null;
  municipality: string | null;
  city: string | null;
  website: string | null;
  description: string | null;
  languages: string[];
  tags: string[];
  strengthAreas: string[];
}

export const PROFILE_FIELDS = [
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
  'languages',
  'tags',
  'strengthAreas',
] as const satisfies readonly (keyof OrganizationProfile)[];

/** What a request may set: absent fields keep their value; null clears a nullable one. */
export type ProfileInput = Partial<{
  [K in keyof OrganizationProfile]: K extends 'codeSystem' ? never : OrganizationProfile[K] | null;
}>;

export const MAX_STRENGTH_AREAS = 20;

const EMPTY: OrganizationProfile = {
  kind: 'other',
  name: '',
  cvr: null,
  employeeBand: null,
  industryCodes: [],
  codeSystem: CODE_SYSTEM,
  country: 'DK',
  region: null,
  municipality: null,
  city: null,
  website: null,
  description: null,
  languages: [],
  tags: [],
  strengthAreas: [],
};

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** Trimmed text, or null for nothing but whitespace. */
function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * The profile that results from applying `input` to `current` (null when creating), normalised, and
 * every rule it breaks. The DTOs have checked types and shapes; these are the rules across fields:
 * - the CVR number is normalised (`DK 1234 5674` → `12345674`) and its check digit verified;
 * - a Danish company needs a CVR number when `requireCvr` (web sign-ups; imports may lack one);
 * - region and municipality are Danish: the region follows from the municipality, never contradicts it;
 * - only clusters have strength areas; industry codes are DB07, tags within the shared limits.
 */
export function resolveProfile(
  current: OrganizationProfile | null,
  input: ProfileInput,
  options: { requireCvr: boolean },
): { profile: OrganizationProfile; problems: FieldErrorDto[] } {
  const problems: FieldErrorDto[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const base = current ?? EMPTY;
  const given = <K extends keyof ProfileInput>(key: K) => input[key] !== undefined;
  const next: OrganizationProfile = { ...base };

  if (input.kind) next.kind = input.kind;
  if (given('name')) next.name = text(input.name) ?? '';
  if (!next.name) problem('name', 'name must be 1 to 200 characters');

  if (given('cvr')) {
    const raw = text(input.cvr);
    next.cvr = null;
    if (raw !== null) {
      const checked = checkCvr(raw);
      if (checked.ok) next.cvr = checked.cvr;
      else problem('cvr', CVR_PROBLEM_MESSAGES[checked.problem].en);
    }
  }

  if (given('employeeBand')) next.employeeBand = input.employeeBand ?? null;

  if (given('industryCodes')) {
    const codes: string[] = [];
    for (const code of input.industryCodes ?? []) {
      const canonical = normaliseNaceCode(code);
      if (canonical === null)
        problem('industryCodes', `${code} is not a DB07 (NACE) section, division or code`);
      else codes.push(canonical);
    }
    next.industryCodes = distinct(codes);
    next.codeSystem = CODE_SYSTEM;
  }

  if (input.country) next.country = input.country.toUpperCase();
  if (given('municipality')) next.municipality = input.municipality ?? null;
  if (given('region')) next.region = input.region ?? null;
  if (next.country !== 'DK') {
    if (input.municipality) problem('municipality', 'municipality is for Danish organisations only');
    if (input.region) problem('region', 'region is for Danish organisations only');
    next.municipality = null;
    next.region = null;
  } else if (next.municipality) {
    const derived = regionOfMunicipality(next.municipality) ?? null;
    if (input.region && input.region !== derived) {
      problem('region', `${next.municipality} lies in region ${derived}, not ${input.region}`);
    }
    next.region = derived;
  }

  for (const field of ['city', 'website', 'description'] as const) {
    if (given(field)) next[field] = text(input[field]);
  }

  if (given('languages')) next.languages = distinct(input.languages ?? []);

  if (given('tags')) {
    next.tags = normaliseTags(input.tags ?? []);
    const tagProblem = tagsProblem(next.tags);
    if (tagProblem) problem('tags', tagProblem);
  }

  if (given('strengthAreas')) {
    next.strengthAreas = distinct((input.strengthAreas ?? []).map((area) => area.trim()).filter(Boolean));
    if (next.strengthAreas.length && next.kind !== 'cluster') {
      problem('strengthAreas', 'only clusters have strength areas');
    }
    if (next.strengthAreas.length > MAX_STRENGTH_AREAS) {
      problem('strengthAreas', `at most ${MAX_STRENGTH_AREAS} strength areas are allowed`);
    }
  } else if (next.kind !== 'cluster') {
    next.strengthAreas = [];
  }

  const cvrInvalid = problems.some((entry) => entry.field === 'cvr');
  if (options.requireCvr && isCompany(next.kind) && next.country === 'DK' && !next.cvr && !cvrInvalid) {
    problem('cvr', 'A Danish company needs its CVR number');
  }

  return { profile: next, problems };
}
