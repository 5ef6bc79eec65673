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
import { RecentReads } from './recent-reads';
import { chunkTerms, contentTerms } from './match-terms';
import { MATCH_VISIBILITY } from './match-visibility';
import type { MatchVisibility } from './match-visibility';

type PostingType = 'need' | 'competence';

/** A tag's postings among the target postings, and how many of them each organisation has. */
type TagCount = Fields['tags'][number];

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
  // What was read from the index lately (see RecentReads): words that occur, how many postings there
  // are of a type and with a tag, organisations' postings and profiles. Sized to stay within some tens
  // of megabytes (a tag count holds up to 100 organisations, a profile a few hundred bytes).
  private readonly wordsPresent = new RecentReads<boolean>(200_000);
  private readonly typeCounts = new RecentReads<number>(10_000);
  private readonly tagCounts = new RecentReads<TagCount>(5_000);
  private readonly organizationTotals = new RecentReads<number>(200_000);
  private readonly profiles = new RecentReads<SearchDocument | null>(50_000);

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
    // How common the source's tags are: for experience, read by grouping and for competencies only.
    const fieldsPlan =
      byOrganization || target === 'competence'
        ? this.fieldsPlan(filter, target, source.tags.slice(0, FIELD_TAGS))
        : null;
    // First round trip: postings found by text, postings in the source's fields, the source's clusters,
    // and the tag counts not read lately.
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
      {
        q: '',
        filter: ['type = "organization"', anyOf('entityId', source.clusterIds)],
        attributesToRetrieve: ['entityId', 'title'],
        limit: 100,
      },
      ...(fieldsPlan?.queries ?? []),
    ]);
    const [field, clusters, ...tagAnswers] = found.results.slice(queries.length);
    const candidates = candidatesOf(queries, found.results.slice(0, queries.length), field.hits);
    const clusterNames = new Map(clusters.hits.map((hit) => [hit.entityId, hit.title]));
    let processingTimeMs = found.processingTimeMs;
    if (!fieldsPlan) {
      const ranked = scorePostings(source, candidates, null, limit);
      return {
        items: ranked.map((item) => postingMatch(item, clusterNames)),
        processingTimeMs,
      };
    }
    const fields = fieldsPlan.read(tagAnswers);
    // Second round trip (when not read lately): what the candidates' organisations have done, and
    // (grouping) their profiles.
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
   * How common the source's tags are among the target postings the caller may see (the source's own
   * included: they only say how broad a field is): the counts read lately, and the queries for the rest
   * with how to read their answers, so they go along with the text queries instead of a round trip.
   */
  private fieldsPlan(filter: string | null, target: PostingType, tags: readonly string[]) {
    const typeKey = JSON.stringify([filter, target]);
    const tagKey = (tag: string) => JSON.stringify([filter, target, tag]);
    const postings = this.typeCounts.get(typeKey);
    const counted = new Map(tags.map((tag) => [tag, this.tagCounts.get(tagKey(tag))]));
    const uncounted = tags.filter((tag) => !counted.get(tag));
    const queries = [
      ...(postings === undefined ? [{ q: '', filter: [`type = "${target}"`], limit: 0 }] : []),
      ...uncounted.map((tag) => ({
        q: '',
        filter: [`type = "${target}"`, anyOf('tags', [tag])],
        facets: ['organizationId'],
        limit: 0,
      })),
    ];
    const read = (answers: readonly SearchResponse<SearchDocument>[]): Fields => {
      const byTag = postings === undefined ? answers.slice(1) : answers;
      const all = postings ?? answers[0].estimatedTotalHits ?? 0;
      if (postings === undefined) this.typeCounts.set(typeKey, all);
      uncounted.forEach((tag, index) => {
        const count: TagCount = {
          postings: byTag[index].estimatedTotalHits ?? 0,
          byOrganization: new Map(Object.entries(byTag[index].facetDistribution?.organizationId ?? {})),
        };
        counted.set(tag, count);
        this.tagCounts.set(tagKey(tag), count);
      });
      return { postings: all, tags: tags.map((tag) => counted.get(tag) ?? NO_POSTINGS) };
    };
    return { queries, read };
  }

  /**
   * The organisations' postings of the type that the caller may see, counted (facet counts), and with
   * `profiles` their organisation documents; 100 organisations a query, only those not read lately.
   */
  private async organizationsOf(
    filter: string | null,
    target: PostingType,
    organizationIds: readonly string[],
    profiles: boolean,
  ) {
    const totalKey = (id: string) => JSON.stringify([filter, target, id]);
    const profileKey = (id: string) => JSON.stringify([filter, id]);
    const totals = new Map(organizationIds.map((id) => [id, this.organizationTotals.get(totalKey(id))]));
    const documents = new Map(
      profiles ? organizationIds.map((id) => [id, this.profiles.get(profileKey(id))]) : [],
    );
    const uncounted = chunksOf(organizationIds.filter((id) => totals.get(id) === undefined));
    const unread = chunksOf([...documents.keys()].filter((id) => documents.get(id) === undefined));
    let processingTimeMs = 0;
    if (uncounted.length || unread.length) {
      const found = await this.search(filter, [
        ...uncounted.map((ids) => ({
          q: '',
          filter: [`type = "${target}"`, anyOf('organizationId', ids)],
          facets: ['organizationId'],
          limit: 0,
        })),
        ...unread.map((ids) => ({
          q: '',
          filter: ['type = "organization"', anyOf('entityId', ids)],
          limit: ids.length,
          // What ranking and the answer read of a profile; its description is left at home.
          attributesToRetrieve: PROFILE_ATTRIBUTES,
        })),
      ]);
      processingTimeMs = found.processingTimeMs;
      uncounted.forEach((ids, index) => {
        const counts = found.results[index].facetDistribution?.organizationId ?? {};
        for (const id of ids) {
          totals.set(id, counts[id] ?? 0);
          this.organizationTotals.set(totalKey(id), counts[id] ?? 0);
        }
      });
      const hits = found.results.slice(uncounted.length).flatMap((result) => result.hits);
      const byId = new Map(hits.map((document) => [document.entityId, document]));
      for (const id of unread.flat()) {
        documents.set(id, byId.get(id) ?? null);
        this.profiles.set(profileKey(id), byId.get(id) ?? null);
      }
    }
    const known = [...documents.values()].filter((document) => !!document);
    return {
      totals: new Map([...totals].map(([id, total]) => [id, total ?? 0])),
      profiles: new Map(known.map((document) => [document.entityId, document])),
      processingTimeMs,
    };
  }

  /**
   * The source's query terms that occur in some posting of the target type (with typo tolerance, as a
   * query would find them). Meilisearch's `frequency` strategy drops the most frequent words first and
   * keeps the rarest, so one word that occurs nowhere would leave a query with no results at all.
   * What was asked lately is remembered (RecentReads): the check costs a round trip of ~30 queries. A
   * word that a posting just published brings joins the queries within a minute (the posting itself is
   * found at once by its other words).
   */
  private async foundTerms(
    filter: string | null,
    target: PostingType,
    documents: readonly SearchDocument[],
  ): Promise<ReadonlySet<string>> {
    const terms = [...new Set(queriesOf(documents, null).flatMap((query) => query.q.split(' ')))];
    const keyOf = (term: string) => JSON.stringify([filter, target, term]);
    const present = new Map(terms.map((term) => [term, this.wordsPresent.get(keyOf(term))]));
    const found = new Set(terms.filter((term) => present.get(term)));
    const unknown = terms.filter((term) => present.get(term) === undefined);
    if (!unknown.length) return found;
    const counted = await this.search(
      filter,
      unknown.map((term) => ({ q: term, filter: [`type = "${target}"`], limit: 0 })),
    );
    unknown.forEach((term, index) => {
      const present = (counted.results[index].estimatedTotalHits ?? 0) > 0;
      if (present) found.add(term);
      this.wordsPresent.set(keyOf(term), present);
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

const NO_POSTINGS: TagCount = { postings: 0, byOrganization: new Map() };

/** Ids in groups of FACET_VALUES, each group one query (whose facet answer can name them all). */
function chunksOf(ids: readonly string[]): string[][] {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += FACET_VALUES)
    chunks.push(ids.slice(start, start + FACET_VALUES));
  return chunks;
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
