import type { Caller } from '@videnbro/access';
import type { OrganizationKind } from '@videnbro/domain';

/** A ranked institution for a need, as the inbox shows it (a subset of the matching feature's answer). */
export interface CaseMatchCandidate {
  organization: { id: string; name: string; kind: OrganizationKind };
  score: number;
  reasons: { sharedTerms: string[]; sharedTags: string[] };
  /** The institution's best competencies for the need, best first. */
  postings?: { id: string; title: string }[];
}

/**
 * What the inbox asks of matching: institutions for a need, under the caller's own visibility (so a
 * broker sees no match a search would not show them). The matching feature answers (its
 * `MatchingService`); the app wires it in through `CasesModule.register`, since one feature library
 * may not import another. Throws a 404 HttpException when the need is not (yet) in the index.
 */
export interface CaseMatches {
  forNeed(
    caller: Caller,
    needId: string,
    group: 'organization',
    limit: number,
  ): Promise<{ items: CaseMatchCandidate[] }>;
}

export const CASE_MATCHES = Symbol('CaseMatches');
