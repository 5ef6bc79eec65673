import {
  checkCvr,
  isCompany,
  isEmployeeBand,
  isLanguage,
  isMunicipalityId,
  isOrganizationKind,
  isRegionId,
  municipalityById,
  TAG_LIMITS,
  type CvrProblem,
  type EmployeeBand,
  type Language as WorkingLanguage,
  type MunicipalityId,
  type OrganizationKind,
  type RegionId,
} from '@videnbro/domain';
import type { ApiOrganization } from '@videnbro/web-core';
import type { CreateOrganizationInput, UpdateOrganizationInput } from '../queries/organizations';

/** The API's limits on a profile (CreateOrganizationDto). */
export const PROFILE_LIMITS = Object.freeze({ name: 200, description: 5000, industryCodes: 20 } as const);

/** Where the organisation is: a Danish region, or abroad (then a country code instead). */
export type Location = RegionId | 'abroad' | '';

export interface ProfileValues {
  kind: OrganizationKind | '';
  name: string;
  cvr: string;
  employeeBand: EmployeeBand | '';
  location: Location;
  municipality: MunicipalityId | '';
  /** The ISO 3166 code, when abroad. */
  country: string;
  city: string;
  website: string;
  description: string;
  industryCodes: string[];
  languages: WorkingLanguage[];
  tags: string[];
  strengthAreas: string[];
}

export const PROFILE_FIELDS = [
  'kind',
  'name',
  'cvr',
  'employeeBand',
  'location',
  'municipality',
  'country',
  'city',
  'website',
  'industryCodes',
  'languages',
  'description',
  'tags',
  'strengthAreas',
] as const satisfies readonly (keyof ProfileValues)[];
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const EMPTY_PROFILE: ProfileValues = {
  kind: '',
  name: '',
  cvr: '',
  employeeBand: '',
  location: '',
  municipality: '',
  country: '',
  city: '',
  website: '',
  description: '',
  industryCodes: [],
  languages: [],
  tags: [],
  strengthAreas: [],
};

export function profileFromOrganization(organization: ApiOrganization): ProfileValues {
  const danish = organization.country === 'DK';
  return {
    kind: isOrganizationKind(organization.kind) ? organization.kind : '',
    name: organization.name,
    cvr: organization.cvr ?? '',
    employeeBand: isEmployeeBand(organization.employeeBand) ? organization.employeeBand : '',
    location: danish ? (organization.region ?? '') : 'abroad',
    municipality: isMunicipalityId(organization.municipality) ? organization.municipality : '',
    country: danish ? '' : organization.country,
    city: organization.city ?? '',
    website: organization.website ?? '',
    description: organization.description ?? '',
    industryCodes: [...organization.industryCodes],
    languages: organization.languages.filter(isLanguage),
    tags: [...organization.tags],
    strengthAreas: [...organization.strengthAreas],
  };
}

/** A problem with a field: a key of `organizations:validation` (or a CVR problem) and its values. */
export type ProfileProblem =
  | { key: 'kindRequired' | 'nameRequired' | 'cvrRequired' | 'countryInvalid' }
  | { key: 'nameTooLong'; max: number }
  | { key: 'descriptionTooLong'; max: number; excess: number }
  | { key: 'tooManyTags'; max: number }
  | { key: 'tagTooLong'; max: number; tag: string }
  | { key: 'cvr'; problem: CvrProblem };

export function isDanish(values: Pick<ProfileValues, 'location'>): boolean {
  return values.location !== 'abroad';
}

/** Tags as the API stores them, and the first problem with them. */
export function tagProblem(tags: readonly string[]): ProfileProblem | undefined {
  if (tags.length > TAG_LIMITS.maxTags) return { key: 'tooManyTags', max: TAG_LIMITS.maxTags };
  const long = tags.find((tag) => tag.length > TAG_LIMITS.maxLength);
  if (long !== undefined) return { key: 'tagTooLong', max: TAG_LIMITS.maxLength, tag: long };
  return undefined;
}

/** Every rule of the API's that the form can check before sending. */
export function profileProblems(values: ProfileValues): Partial<Record<ProfileField, ProfileProblem>> {
  const problems: Partial<Record<ProfileField, ProfileProblem>> = {};
  if (!values.kind) problems.kind = { key: 'kindRequired' };
  const name = values.name.trim();
  if (!name) problems.name = { key: 'nameRequired' };
  else if (name.length > PROFILE_LIMITS.name)
    problems.name = { key: 'nameTooLong', max: PROFILE_LIMITS.name };

  const cvr = values.cvr.trim();
  if (cvr) {
    const checked = checkCvr(cvr);
    if (!checked.ok) problems.cvr = { key: 'cvr', problem: checked.problem };
  } else if (values.kind && isCompany(values.kind) && isDanish(values)) {
    problems.cvr = { key: 'cvrRequired' };
  }

  if (!isDanish(values) && !/^[A-Za-z]{2}$/.test(values.country.trim())) {
    problems.country = { key: 'countryInvalid' };
  } else if (!isDanish(values) && values.country.trim().toUpperCase() === 'DK') {
    problems.country = { key: 'countryInvalid' };
  }

  const excess = values.description.trim().length - PROFILE_LIMITS.description;
  if (excess > 0) {
    problems.description = { key: 'descriptionTooLong', max: PROFILE_LIMITS.description, excess };
  }
  const tags = tagProblem(values.tags);
  if (tags) problems.tags = tags;
  return problems;
}

function strengthAreasOf(values: ProfileValues): string[] {
  return values.kind === 'cluster' ? values.strengthAreas.map((area) => area.trim()).filter(Boolean) : [];
}

function location(values: ProfileValues) {
  if (!isDanish(values)) {
    return { country: values.country.trim().toUpperCase(), region: null, municipality: null };
  }
  const municipality = values.municipality || null;
  // The region follows from the municipality; the API checks that they agree.
  const region = municipality
    ? (municipalityById(municipality)?.region ?? null)
    : isRegionId(values.location)
      ? values.location
      : null;
  return { country: 'DK', region, municipality };
}

/** The body of `POST /organizations`: empty fields are left out. */
export function createBody(values: ProfileValues): CreateOrganizationInput {
  const where = location(values);
  const text = (value: string) => value.trim() || undefined;
  const kind = values.kind || 'other';
  return {
    kind,
    name: values.name.trim(),
    cvr: text(values.cvr),
    employeeBand: isCompany(kind) ? values.employeeBand || undefined : undefined,
    country: where.country,
    region: where.region ?? undefined,
    municipality: where.municipality ?? undefined,
    city: text(values.city),
    website: text(values.website),
    description: text(values.description),
    industryCodes: values.industryCodes,
    languages: values.languages,
    tags: values.tags,
    strengthAreas: kind === 'cluster' ? strengthAreasOf(values) : undefined,
  };
}

/** The body of `PATCH /organizations/:id`: every field, empty ones cleared with null. */
export function updateBody(values: ProfileValues): UpdateOrganizationInput {
  const where = location(values);
  const text = (value: string) => value.trim() || null;
  const kind = values.kind || undefined;
  return {
    kind,
    name: values.name.trim(),
    cvr: text(values.cvr),
    employeeBand: kind && isCompany(kind) ? values.employeeBand || null : null,
    country: where.country,
    region: where.region,
    municipality: where.municipality,
    city: text(values.city),
    website: text(values.website),
    description: text(values.description),
    industryCodes: values.industryCodes,
    languages: values.languages,
    tags: values.tags,
    strengthAreas: strengthAreasOf(values),
  };
}
