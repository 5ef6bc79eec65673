import { canTransition, normaliseTags, STATUS_TRANSITIONS, tagsProblem } from '@videnbro/domain';
import type { PostingStatus } from '@videnbro/domain';
import type { FieldErrorDto } from '@videnbro/http';
import type { Posting } from './entities';
import type { PostingContent, PostingType } from './posting-types';

/** What a request may set: an absent field keeps its value; null clears a nullable one. */
export type ContentInput<C extends PostingContent> = { [K in keyof C]?: C[K] | null };

const LIST_FIELDS = ['formats', 'languages', 'partnerKinds'] as const;

/** The content fields of a stored posting. */
export function contentOf<C extends PostingContent>(type: PostingType<Posting, C>, posting: Posting): C {
  const source = posting as unknown as Record<string, unknown>;
  return Object.fromEntries(type.fields.map((field) => [field, source[field]])) as unknown as C;
}

/**
 * The content that results from applying `input` to `current` (null when creating), normalised, and
 * every rule it breaks. The DTOs have checked types, enums, lengths and characters; here: tags are
 * normalised (trimmed, lower-case, deduplicated) and within the shared limits, lists hold no
 * duplicates, an empty externalId is none.
 */
export function resolveContent<C extends PostingContent>(
  type: PostingType<Posting, C>,
  current: C | null,
  input: ContentInput<C>,
): { content: C; problems: FieldErrorDto[] } {
  const problems: FieldErrorDto[] = [];
  const next: Record<string, unknown> = { ...(current ?? type.defaults) };
  const given = input as Record<string, unknown>;
  for (const field of type.fields) {
    if (given[field] !== undefined) next[field] = given[field];
  }
  for (const field of ['title', 'description'] as const) {
    if (typeof next[field] !== 'string') problems.push({ field, message: `${field} is required` });
  }
  next.tags = normaliseTags((next.tags as string[] | null) ?? []);
  const tagProblem = tagsProblem(next.tags as string[]);
  if (tagProblem) problems.push({ field: 'tags', message: tagProblem });
  for (const field of LIST_FIELDS) {
    if (field in next) next[field] = [...new Set((next[field] as string[] | null) ?? [])];
  }
  if (typeof next.externalId === 'string') next.externalId = next.externalId.trim() || null;
  return { content: next as unknown as C, problems };
}

/** Null when a posting may move from one status to the other; else a message naming the allowed ones. */
export function transitionProblem(noun: string, from: PostingStatus, to: PostingStatus): string | null {
  if (canTransition(from, to)) return null;
  const problem =
    from === to ? `The ${noun} is ${from} already` : `A ${noun} cannot go from ${from} to ${to}`;
  return `${problem}. From ${from} it can go to: ${STATUS_TRANSITIONS[from].join(', ')}`;
}
