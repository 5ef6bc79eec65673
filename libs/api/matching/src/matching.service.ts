import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { COMPANY_KINDS, KNOWLEDGE_INSTITUTION_KINDS } from '@videnbro/domain';
import type { OrganizationKind } from '@videnbro/domain';
import { fieldError } from '@videnbro/http';
import { SearchIndex } from '@videnbro/search-index';
import type { SearchDocument, SearchType } from '@videnbro/search-index';
import type { MultiSearchParams, MultiSearchQuery, SearchResponse } from 'meilisearch';
import { DEFAULT_MATCHES } from './dto/matches.dto';
import type { MatchDto, MatchGroup, MatchListDto } from './dto/matches.dto';
import { scoreOrganizations, scorePostings, SIGNALS, sourceOf } from './match-scoring';
import type {
  Candidate,
  Experience,
  Fields,
  MatchSource,
  ScoredOrganization,
  ScoredPosting,
  Signals,
} from './match-scoring';
import { KnownTerms } from './known-terms';
import { chunkTerms, contentTerms } from './match-terms';
import { MATCH_VISIBILITY } from './match-visibility';
import type { MatchVisibility } from './match-visibility';

type PostingType = 'need' | 'competence';

/** One Meilisearch query of a source, and how much its ranking scores count. */
interface WeightedQuery {
  q: string;
  weight: number;
}

const TITLE_WEIGHT = 1;
const DESCRIPTION_WEIGHT = 0.5;
/** Key-term queries from a description: its content words beyond the title's, 10 a query (a need's
 * planned results come after its topic; the first 10 words alone miss them). */
const DESCRIPTION_CHUNKS = 3;
/** Candidates per query: enough for organisations to show their experience, few enough to stay fast. */
const CANDIDATES_PER_QUERY = 40;
/** An organisation's postings that stand for it when it is the source (the most recent first). */
const ORGANIZATION_POSTINGS = 10;
const CANDIDATES_PER_ORGANIZATION_QUERY = 30;
/**
 * Meilisearch runs the queries of one multi-search request one after another, and serves separate
 * requests side by side: two requests halve the wait of a match on a machine with two cores or more.
 */
const PARALLEL_REQUESTS = 2;
const PROFILE_ATTRIBUTES: (keyof SearchDocument)[] = [
  'id',
  'type',
  'entityId',
  'title',
  'kind',
  'region',
  'country',
  'organizationId',
  'organizationName',
  'clusterIds',
];
/** Meilisearch answers at most this many values per facet (the index's `maxValuesPerFacet`). */
const FACET_VALUES = 100;
/** Postings sharing a tag with the source, taken as candidates besides those found by text. */
const FIELD_CANDIDATES = 30;
/** The source's tags whose rarity and per-organisation counts are asked for (a need has a handful). */
const FIELD_TAGS = 8;

/**
 * Ranked, explained matches. Candidates come from Meilisearch: a few short queries per source (its
 * title and key terms of its description; Meilisearch reads at most 10 words of a query), none
 * requiring every word, each filtered by type and by what the caller may see. They are then re-ranked
 * in code on the signals of `match-scoring.ts` and, for institutions, grouped by organisation.
 */
@Injectable()
export class MatchingService {
  private readonly knownTerms = new KnownTerms();

  constructor(
    private readonly searchIndex: SearchIndex,
    @Inject(MATCH_VISIBILITY) private readonly visibility: MatchVisibility,
  ) {}

  /** Institutions (or single competencies) for a need. */
  async forNeed(caller: Caller | undefined, id: string, group: MatchGroup, limit?: number) {
    const filter = await this.filterOf(caller);
    const [need] = await this.readable(filter, 'need', id);
    if (!need) throw notFound('need');
    return this.match(filter, sourceOf([need], need), [need], 'competence', group === 'organization', limit);
  }

  /** Needs for a competence. */
  async forCompetence(caller: Caller | undefined, id: string, limit?: number) {
    const filter = await this.filterOf(caller);
    const [competence] = await this.readable(filter, 'competence', id);
    if (!competence) throw notFound('competence');
    return this.match(filter, sourceOf([competence], competence), [competence], 'need', false, limit);
  }

  /**
   * Counterpart organisations: for a company, the institutions that fit its needs; for a knowledge
   * institution, the companies whose needs fit its competencies. Other kinds (clusters, authorities)
   * post neither side of a match and get an empty list.
   */
  async forOrganization(caller: Caller | undefined, id: string, limit?: number): Promise<MatchListDto> {
    const filter = await this.filterOf(caller);
    const [organization] = await this.readable(filter, 'organization', id);
    if (!organization) throw notFound('organization');
    const side = sideOf(organization.kind);
    if (!side) return { items: [], processingTimeMs: 0 };
    const postings = await this.search(filter, [
      {
        q: '',
        filter: [`type = "${side.source}"`, `organizationId = "${organization.entityId}"`],
        sort: ['updatedAt:desc'],
        limit: ORGANIZATION_POSTINGS,
      },
    ]);
    const documents = postings.results[0].hits;
    if (!documents.length) return { items: [], processingTimeMs: postings.processingTimeMs };
    const result = await this.match(
      filter,
      sourceOf(documents, organization),
      documents,
      side.target,
      true,
      limit,
    );
    return { ...result, processingTimeMs: result.processingTimeMs + postings.processingTimeMs };
  }

  private async match(
    filter: string | null,
    source: MatchSource,
    documents: readonly SearchDocument[],
    target: PostingType,
    byOrganization: boolean,
    limit = DEFAULT_MATCHES,
  ): Promise<MatchListDto> {
    const candidatesFilter = [`type = "${target}"`, `organizationId != "${source.organizationId}"`];
    const queries = queriesOf(documents, await this.foundTerms(filter, target, documents));
    const perQuery = documents.length > 1 ? CANDIDATES_PER_ORGANIZATION_QUERY : CANDIDATES_PER_QUERY;
    const fieldTags = source.tags.slice(0, FIELD_TAGS);
    // First round trip: postings found by text, postings in the source's fields, the source's clusters,
    // and per tag of the source how many postings carry it, by organisation (only where it is used).
    const fieldQueries = byOrganization || target === 'competence' ? fieldTags : [];
    const found = await this.search(filter, [
      ...queries.map(({ q }) => ({
        q,
        filter: candidatesFilter,
        matchingStrategy: 'frequency' as const,
        // What a posting is about; an organisation's name says nothing of the work asked for.
        attributesToSearchOn: ['title', 'tags', 'description'],
        showRankingScore: true,
        limit: perQuery,
      })),
      {
        q: '',
        filter: [...candidatesFilter, anyOf('tags', source.tags)],
        facets: ['organizationId'],
        limit: FIELD_CANDIDATES,
      },
      { q: '', filter: ['type = "organization"', anyOf('entityId', source.clusterIds)], limit: 100 },
      { q: '', filter: candidatesFilter, limit: 0 },
      ...fieldQueries.map((tag) => ({
        q: '',
        filter: [...candidatesFilter, anyOf('tags', [tag])],
        facets: ['organizationId'],
        limit: 0,
      })),
    ]);
    const [field, clusters, all, ...byTag] = found.results.slice(queries.length);
    const fields: Fields = {
      postings: all.estimatedTotalHits ?? 0,
      tags: byTag.map((result) => ({
        postings: result.estimatedTotalHits ?? 0,
        byOrganization: new Map(Object.entries(result.facetDistribution?.organizationId ?? {})),
      })),
    };
    const candidates = candidatesOf(queries, found.results.slice(0, queries.length), field.hits);
    const clusterNames = new Map(clusters.hits.map((hit) => [hit.entityId, hit.title]));
    let processingTimeMs = found.processingTimeMs;
    if (!byOrganization && target === 'need') {
      const ranked = scorePostings(source, candidates, null, limit);
      return {
        items: ranked.map((item) => postingMatch(item, clusterNames)),
        processingTimeMs,
      };
    }
    // Second round trip: what the candidates' organisations have done, and (grouping) their profiles.
    const inField = new Map(Object.entries(field.facetDistribution?.organizationId ?? {}));
    const relevant = new Map<string, number>();
    for (const { document, relevance } of candidates) {
      const count = relevant.get(document.organizationId) ?? 0;
      relevant.set(document.organizationId, count + (relevance > 0 ? 1 : 0));
    }
    const organizationIds = [
      ...new Set([...relevant.keys(), ...(byOrganization ? inField.keys() : [])]),
    ].sort();
    const known = await this.organizationsOf(filter, target, organizationIds, byOrganization);
    processingTimeMs += known.processingTimeMs;
    const experience = new Map<string, Experience>(
      organizationIds.map((id) => [
        id,
        { relevant: relevant.get(id) ?? 0, inField: inField.get(id) ?? 0, total: known.totals.get(id) ?? 0 },
      ]),
    );
    if (byOrganization) {
      const ranked = scoreOrganizations(source, candidates, known.profiles, experience, fields, limit);
      return {
        items: ranked.map((item) => organizationMatch(item, clusterNames)),
        processingTimeMs,
      };
    }
    const ranked = scorePostings(source, candidates, { facts: experience, fields }, limit);
    return {
      items: ranked.map((item) => postingMatch(item, clusterNames)),
      processingTimeMs,
    };
  }

  /**
   * The organisations' postings of the type that the caller may see, counted (facet counts), and with
   * `profiles` their organisation documents; 100 organisations a query.
   */
  private async organizationsOf(
    filter: string | null,
    target: PostingType,
    organizationIds: readonly string[],
    profiles: boolean,
  ) {
    const chunks: string[][] = [];
    for (let start = 0; start < organizationIds.length; start += FACET_VALUES) {
      chunks.push(organizationIds.slice(start, start + FACET_VALUES));
    }
    const found = await this.search(filter, [
      ...chunks.map((ids) => ({
        q: '',
        filter: [`type = "${target}"`, anyOf('organizationId', ids)],
        facets: ['organizationId'],
        limit: 0,
      })),
      ...(profiles
        ? chunks.map((ids) => ({
            q: '',
            filter: ['type = "organization"', anyOf('entityId', ids)],
            limit: ids.length,
            // What ranking and the answer read of a profile; its description is left at home.
            attributesToRetrieve: PROFILE_ATTRIBUTES,
          }))
        : []),
    ]);
    const totals = new Map<string, number>();
    for (const result of found.results.slice(0, chunks.length)) {
      for (const [id, count] of Object.entries(result.facetDistribution?.organizationId ?? {})) {
        totals.set(id, count);
      }
    }
    const documents = found.results.slice(chunks.length).flatMap((result) => result.hits);
    return {
      totals,
      profiles: new Map(documents.map((document) => [document.entityId, document])),
      processingTimeMs: found.processingTimeMs,
    };
  }

  /**
   * The source's query terms that occur in some posting of the target type (with typo tolerance, as a
   * query would find them). Meilisearch's `frequency` strategy drops the most frequent words first and
   * keeps the rarest, so one word that occurs nowhere would leave a query with no results at all.
   * Words found lately are remembered (`KnownTerms`): the check costs a round trip of ~30 queries.
   */
  private async foundTerms(
    filter: string | null,
    target: PostingType,
    documents: readonly SearchDocument[],
  ): Promise<ReadonlySet<string>> {
    const terms = [...new Set(queriesOf(documents, null).flatMap((query) => query.q.split(' ')))];
    const keyOf = (term: string) => JSON.stringify([filter, target, term]);
    const found = new Set(terms.filter((term) => this.knownTerms.has(keyOf(term))));
    const unknown = terms.filter((term) => !found.has(term));
    if (!unknown.length) return found;
    const counted = await this.search(
      filter,
      unknown.map((term) => ({ q: term, filter: [`type = "${target}"`], limit: 0 })),
    );
    unknown.forEach((term, index) => {
      if ((counted.results[index].estimatedTotalHits ?? 0) === 0) return;
      found.add(term);
      this.knownTerms.add(keyOf(term));
    });
    return found;
  }

  /** The document of this type and id, when the caller may see it: an empty list otherwise. */
  private async readable(filter: string | null, type: SearchType, id: string): Promise<SearchDocument[]> {
    const found = await this.search(filter, [
      { q: '', filter: [`type = "${type}"`, `entityId = "${id}"`], limit: 1 },
    ]);
    return found.results[0].hits;
  }

  private async filterOf(caller: Caller | undefined): Promise<string | null> {
    return this.visibility.visibilityFilterOf(caller);
  }

  /**
   * Several queries, each with the caller's visibility filter added, in PARALLEL_REQUESTS multi-search
   * requests sent side by side. Ids in filters are UUIDs validated by the controller or taken from the
   * index; nothing else is pasted in.
   */
  private async search(filter: string | null, queries: Omit<MultiSearchQuery, 'indexUid'>[]) {
    const filtered = queries.map((query) => ({
      ...query,
      indexUid: this.searchIndex.uid,
      filter: [...(filter ? [filter] : []), ...((query.filter as string[] | undefined) ?? [])],
    }));
    // Dealt out in turn, so the costly text queries (first in every list) are shared evenly.
    const requests = Math.min(PARALLEL_REQUESTS, filtered.length);
    const answers = await Promise.all(
      Array.from({ length: requests }, (_, request) =>
        this.searchIndex.client.multiSearch<MultiSearchParams, SearchDocument>({
          queries: filtered.filter((_, index) => index % requests === request),
        }),
      ),
    );
    const results = filtered.map(
      (_, index) => answers[index % requests].results[Math.floor(index / requests)],
    ) as SearchResponse<SearchDocument>[];
    // The engine's work, summed over the queries (the wall time is about half of it).
    const processingTimeMs = results.reduce((sum, result) => sum + result.processingTimeMs, 0);
    return { results, processingTimeMs };
  }
}

/** Which postings of an organisation are matched, and against what. */
function sideOf(kind: OrganizationKind): { source: PostingType; target: PostingType } | null {
  if ((COMPANY_KINDS as readonly string[]).includes(kind)) return { source: 'need', target: 'competence' };
  if ((KNOWLEDGE_INSTITUTION_KINDS as readonly string[]).includes(kind)) {
    return { source: 'competence', target: 'need' };
  }
  return null;
}

/**
 * The queries of a source: per posting its title; for a single posting also the key terms of its
 * description (the content words the title does not have, in order of appearance). Tags are not
 * searched as text: they count through the postings that carry them (field candidates, experience)
 * and the tags signal, which on the labelled sets ranked better than a text query of them did, at
 * one query less.
 */
export function queriesOf(
  documents: readonly SearchDocument[],
  found: ReadonlySet<string> | null,
): WeightedQuery[] {
  const queries: WeightedQuery[] = [];
  const add = (q: string | undefined, weight: number) => {
    if (q && !queries.some((query) => query.q === q)) queries.push({ q, weight });
  };
  // Only words that occur in some candidate (`found`; null: every word).
  const termsOf = (text: string) => contentTerms(text).filter((term) => !found || found.has(term));
  for (const document of documents) {
    const title = termsOf(document.title);
    add(chunkTerms(title, 1)[0], TITLE_WEIGHT);
    if (documents.length === 1) {
      const seen = new Set(title);
      const rest = termsOf(document.description).filter((term) => !seen.has(term));
      for (const chunk of chunkTerms(rest, DESCRIPTION_CHUNKS)) add(chunk, DESCRIPTION_WEIGHT);
    }
  }
  return queries;
}

/**
 * Every posting found, with its relevance: the weighted mean of its ranking scores over the queries.
 * Postings found only for sharing a tag come in with relevance 0: their organisations' field experience
 * may still make them a match.
 */
function candidatesOf(
  queries: readonly WeightedQuery[],
  results: readonly SearchResponse<SearchDocument>[],
  inField: readonly SearchDocument[],
): Candidate[] {
  const totalWeight = queries.reduce((sum, query) => sum + query.weight, 0);
  const byId = new Map<string, Candidate>();
  results.forEach((result, index) => {
    for (const hit of result.hits) {
      const candidate = byId.get(hit.id) ?? { document: hit, relevance: 0 };
      candidate.relevance += (queries[index].weight * (hit._rankingScore ?? 0)) / totalWeight;
      byId.set(hit.id, candidate);
    }
  });
  for (const document of inField)
    if (!byId.has(document.id)) byId.set(document.id, { document, relevance: 0 });
  return [...byId.values()];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function reasonsDto(item: ScoredPosting, clusterNames: ReadonlyMap<string, string>) {
  const { signals, sharedClusterIds, ...facts } = item.reasons;
  return {
    ...facts,
    sharedClusters: sharedClusterIds.map((id) => ({ id, name: clusterNames.get(id) ?? id })),
    signals: Object.fromEntries(SIGNALS.map((signal) => [signal, round(signals[signal])])) as Signals,
  };
}

function organizationOf(document: SearchDocument) {
  return { id: document.organizationId, name: document.organizationName, kind: document.kind };
}

function organizationMatch(item: ScoredOrganization, clusterNames: ReadonlyMap<string, string>): MatchDto {
  const { document } = item;
  return {
    type: 'organization',
    id: document.organizationId,
    title: document.organizationName,
    organization: organizationOf(document),
    region: document.region,
    score: round(item.score),
    reasons: reasonsDto(item, clusterNames),
    postings: item.postings.map((posting) => ({
      type: posting.document.type as PostingType,
      id: posting.document.entityId,
      title: posting.document.title,
      tags: posting.document.tags,
      relevance: round(posting.relevance),
    })),
  };
}

function postingMatch(item: ScoredPosting, clusterNames: ReadonlyMap<string, string>): MatchDto {
  const { document } = item;
  return {
    type: document.type as PostingType,
    id: document.entityId,
    title: document.title,
    organization: organizationOf(document),
    region: document.region,
    score: round(item.score),
    reasons: reasonsDto(item, clusterNames),
  };
}

/** `attribute IN ["a", "b"]`: each value a Meilisearch string, with backslashes and quotes escaped. */
function anyOf(attribute: string, values: readonly string[]): string {
  // No values: a condition nothing meets (an empty IN list is not valid filter syntax).
  if (!values.length) return `${attribute} IS NULL`;
  const quoted = values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  return `${attribute} IN [${quoted.join(', ')}]`;
}

function notFound(what: string) {
  return fieldError(HttpStatus.NOT_FOUND, 'id', `No ${what} with this id that you may read`);
}
