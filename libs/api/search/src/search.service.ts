import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { SearchIndex } from '@videnbro/search-index';
import type { SearchDocument } from '@videnbro/search-index';
import type { Hit, MultiSearchParams } from 'meilisearch';
import { DEFAULT_PAGE_SIZE } from './dto/search.dto';
import type {
  FacetCountDto,
  SearchFiltersDto,
  SearchHitDto,
  SearchQueryDto,
  SearchResultDto,
} from './dto/search.dto';
import { ANONYMOUS, anyOf, isStaff, quote, visibilityFilter } from './search-filter';
import type { SearchAudience } from './search-filter';
import { SEARCH_MEMBERSHIPS } from './search-memberships';
import type { SearchMemberships } from './search-memberships';

// Marks around matched words that cannot occur in titles and texts (control characters are refused).
const MARK_START = '\u0002';
const MARK_END = '\u0003';
const SNIPPET_WORDS = 24;
const TOP_TAGS = 20;
const FACETS = ['type', 'kind', 'region', 'formats', 'tags', 'clusterIds'] as const;
type Facet = (typeof FACETS)[number];

/** Searches the index for a caller: the caller's visibility filter is part of every query. */
@Injectable()
export class SearchService {
  constructor(
    private readonly searchIndex: SearchIndex,
    @Inject(SEARCH_MEMBERSHIPS) private readonly memberships: SearchMemberships,
  ) {}

  /**
   * What the caller may see, from their session and memberships; never from request parameters. The
   * saved-search job asks for a search's owner, by the owner's current roles and memberships.
   */
  async audienceOf(caller: Pick<Caller, 'userId' | 'roles'> | undefined): Promise<SearchAudience> {
    if (!caller) return ANONYMOUS;
    const [memberships, brokerClusterIds] = await Promise.all([
      this.memberships.membershipsOf(caller.userId),
      this.memberships.brokerClusterIdsOf(caller.userId),
    ]);
    return {
      signedIn: true,
      staff: isStaff(caller),
      memberOrganizationIds: memberships.map((membership) => membership.organizationId),
      brokerClusterIds,
    };
  }

  async search(caller: Caller | undefined, query: SearchQueryDto): Promise<SearchResultDto> {
    const page = query.page ?? 1;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const conditions = conditionsFor(await this.audienceOf(caller), query);
    const filter = Object.values(conditions);
    const uid = this.searchIndex.uid;
    // A facet the client filters on is counted without its own condition, so every value of it shows
    // how many it would add (choosing `need` still shows how many competencies there are).
    const chosen = FACETS.filter((facet) => conditions[facet]);
    // One round trip: the page of results, the counts of the chosen facets, the cluster names.
    const { results } = await this.searchIndex.client.multiSearch<MultiSearchParams, SearchDocument>({
      queries: [
        {
          indexUid: uid,
          q: query.q ?? '',
          filter,
          facets: [...FACETS],
          page,
          hitsPerPage: limit,
          attributesToHighlight: ['title', 'description'],
          attributesToCrop: ['description'],
          cropLength: SNIPPET_WORDS,
          highlightPreTag: MARK_START,
          highlightPostTag: MARK_END,
        },
        {
          indexUid: uid,
          q: '',
          filter: `type = "organization" AND kind = "cluster"`,
          limit: 1000,
          attributesToRetrieve: ['entityId', 'title'],
        },
        ...chosen.map((facet) => ({
          indexUid: uid,
          q: query.q ?? '',
          filter: Object.entries(conditions).flatMap(([key, value]) => (key === facet ? [] : [value])),
          facets: [facet],
          limit: 0,
        })),
      ],
    });
    const [found, clusters, ...others] = results;
    const clusterNames = new Map(clusters.hits.map((hit) => [hit.entityId, hit.title]));
    const facets = { ...found.facetDistribution };
    chosen.forEach((facet, index) => (facets[facet] = others[index].facetDistribution?.[facet] ?? {}));
    return {
      hits: found.hits.map(toHit),
      total: found.totalHits ?? found.estimatedTotalHits ?? 0,
      page,
      limit,
      processingTimeMs: found.processingTimeMs,
      facets: {
        types: counts(facets.type),
        kind: counts(facets.kind),
        region: counts(facets.region),
        formats: counts(facets.formats),
        tags: counts(facets.tags).slice(0, TOP_TAGS),
        cluster: counts(facets.clusterIds).map((count) => ({
          ...count,
          name: clusterNames.get(count.value) ?? count.value,
        })),
      },
    };
  }
}

/**
 * The caller's visibility filter and the client's filters by facet, each value validated and quoted;
 * a search ANDs them all, the visibility filter first.
 */
export function conditionsFor(
  audience: SearchAudience,
  query: SearchFiltersDto,
): Partial<Record<'visibility' | Facet, string>> {
  const conditions: Partial<Record<'visibility' | Facet, string>> = {};
  const visibility = visibilityFilter(audience);
  if (visibility) conditions.visibility = visibility;
  if (query.types?.length) conditions.type = anyOf('type', query.types);
  if (query.kind?.length) conditions.kind = anyOf('kind', query.kind);
  if (query.region?.length) conditions.region = anyOf('region', query.region);
  if (query.formats?.length) conditions.formats = anyOf('formats', query.formats);
  if (query.tags?.length) conditions.tags = anyOf('tags', query.tags);
  if (query.cluster) conditions.clusterIds = `clusterIds = ${quote(query.cluster)}`;
  return conditions;
}

function counts(distribution: Record<string, number> | undefined): FacetCountDto[] {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function toHit(hit: Hit<SearchDocument>): SearchHitDto {
  const formatted = hit._formatted ?? {};
  return {
    type: hit.type,
    id: hit.entityId,
    title: hit.title,
    titleHighlight: marked(String(formatted.title ?? hit.title)),
    snippet: marked(String(formatted.description ?? '')),
    organization: { id: hit.organizationId, name: hit.organizationName, kind: hit.kind },
    region: hit.region,
    tags: hit.tags,
    formats: hit.formats as SearchHitDto['formats'],
    visibility: hit.visibility,
    status: hit.status,
  };
}

/** Escapes the text for HTML, then turns the match marks into <mark> elements. */
export function marked(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>');
}
