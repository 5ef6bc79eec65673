import {
  DESCRIPTION_LENGTH,
  TAG_LIMITS,
  TITLE_LENGTH,
  type BudgetBand,
  type CollaborationFormat,
  type Language,
  type OrganizationKind,
  type RegionId,
  type Timeframe,
  type Visibility,
} from '@videnbro/domain';
import type { Posting, PostingInput, PostingUpdate } from '../queries/postings';
import type { PostingType } from './posting-type';

/** What the editor holds: every field of both types (a competence ignores the need's own). */
export interface PostingValues {
  organizationId: string;
  title: string;
  description: string;
  tags: string[];
  formats: CollaborationFormat[];
  partnerKinds: OrganizationKind[];
  regionPreference: RegionId | '';
  languages: Language[];
  visibility: Visibility;
  budgetBand: BudgetBand | '';
  timeframe: Timeframe | '';
  /** A member of the organisation; '' for none. */
  contactUserId: string;
}

export const POSTING_FIELDS = [
  'organizationId',
  'title',
  'description',
  'tags',
  'formats',
  'partnerKinds',
  'regionPreference',
  'languages',
  'visibility',
  'budgetBand',
  'timeframe',
  'contactUserId',
] as const satisfies readonly (keyof PostingValues)[];
export type PostingField = (typeof POSTING_FIELDS)[number];

/** A new posting: the API's default visibility (registered users), the author as contact person. */
export function emptyValues(organizationId: string, contactUserId: string): PostingValues {
  return {
    organizationId,
    title: '',
    description: '',
    tags: [],
    formats: [],
    partnerKinds: [],
    regionPreference: '',
    languages: [],
    visibility: 'registered',
    budgetBand: '',
    timeframe: '',
    contactUserId,
  };
}

export function valuesFromPosting(posting: Posting): PostingValues {
  return {
    organizationId: posting.organization.id,
    title: posting.title,
    description: posting.description,
    tags: [...posting.tags],
    formats: [...posting.formats],
    partnerKinds: [...(posting.partnerKinds ?? [])],
    regionPreference: posting.regionPreference ?? '',
    languages: [...posting.languages],
    visibility: posting.visibility,
    budgetBand: posting.budgetBand ?? '',
    timeframe: posting.timeframe ?? '',
    contactUserId: posting.contact?.userId ?? '',
  };
}

/** A broken rule: the key of its message in `postings:validation` and the values the message uses. */
export type PostingProblem =
  | { key: 'organizationRequired' | 'titleRequired' | 'descriptionRequired' }
  | { key: 'titleTooShort' | 'descriptionTooShort'; min: number; missing: number }
  | { key: 'titleTooLong' | 'descriptionTooLong'; max: number; excess: number }
  | { key: 'tooManyTags'; max: number }
  | { key: 'tagTooLong'; max: number; tag: string };

/** The description as the API stores and counts it: line endings as `\n`. */
export function unixLines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function lengthProblem(
  field: 'title' | 'description',
  value: string,
  limits: { min: number; max: number },
): PostingProblem | undefined {
  // As the API counts: at least `min` characters besides surrounding space, at most `max` in all.
  const trimmed = value.trim().length;
  if (trimmed === 0) return { key: `${field}Required` };
  if (trimmed < limits.min)
    return { key: `${field}TooShort`, min: limits.min, missing: limits.min - trimmed };
  if (value.length > limits.max)
    return { key: `${field}TooLong`, max: limits.max, excess: value.length - limits.max };
  return undefined;
}

/** Every rule of the API's (the shared domain limits) that the editor checks while the author types. */
export function postingProblems(values: PostingValues): Partial<Record<PostingField, PostingProblem>> {
  const problems: Partial<Record<PostingField, PostingProblem>> = {};
  if (!values.organizationId) problems.organizationId = { key: 'organizationRequired' };
  const title = lengthProblem('title', values.title.trim(), TITLE_LENGTH);
  if (title) problems.title = title;
  const description = lengthProblem('description', unixLines(values.description), DESCRIPTION_LENGTH);
  if (description) problems.description = description;
  if (values.tags.length > TAG_LIMITS.maxTags)
    problems.tags = { key: 'tooManyTags', max: TAG_LIMITS.maxTags };
  const long = values.tags.find((tag) => tag.length > TAG_LIMITS.maxLength);
  if (!problems.tags && long !== undefined)
    problems.tags = { key: 'tagTooLong', max: TAG_LIMITS.maxLength, tag: long };
  return problems;
}

function content(type: PostingType, values: PostingValues) {
  const common = {
    title: values.title.trim(),
    description: unixLines(values.description),
    tags: values.tags,
    formats: values.formats,
    languages: values.languages,
    regionPreference: values.regionPreference || null,
    visibility: values.visibility,
    contactUserId: values.contactUserId || null,
  };
  return type === 'need'
    ? {
        ...common,
        partnerKinds: values.partnerKinds,
        budgetBand: values.budgetBand || null,
        timeframe: values.timeframe || null,
      }
    : common;
}

/** The body of `POST /needs` or `POST /competencies`, in status `draft` or `open`. */
export function createBody(type: PostingType, values: PostingValues, status: 'draft' | 'open'): PostingInput {
  return { ...content(type, values), organizationId: values.organizationId, status };
}

/** The body of `PATCH /needs/:id` or `PATCH /competencies/:id`: every field, cleared ones as null. */
export function updateBody(type: PostingType, values: PostingValues): PostingUpdate {
  return content(type, values);
}
