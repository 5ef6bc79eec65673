import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { SearchIndex } from '@videnbro/search-index';
import type { SearchDocument } from '@videnbro/search-index';
import type { Hit, MultiSearchParams } from 'meilisearch';
import { DEFAULT_PAGE_SIZE } from './dto/search.dto';
import type { FacetCountDto, SearchHitDto, SearchQueryDto, SearchResultDto } from './dto/search.dto';
import { ANONYMOUS, anyOf, isStaff, quote, visibilityFilter } from './search-filter';
import type { SearchAudience } from './search-filter';
import { SEARCH_MEMBERSHIPS } from './search-memberships';
import type { SearchMemberships } from './search-memberships';

// Marks around matched words that cannot occur in titles and texts (control characters are refused).
const MARK_START = '\u0002';
const MARK_END = '\u0003';
const SNIPPET_WORDS = 24;
const TOP_TAGS = 20;
const FACETS = ['type', 'kind', 'region', 'formats', 'tags', 'clusterIds'];

/** Searches the index for a caller: the caller's visibility filter is part of every query. */
@Injectable()
export class SearchService {
  constructor(
    private readonly searchIndex: SearchIndex,
    @Inject(SEARCH_MEMBERSHIPS) private readonly memberships: SearchMemberships,
  ) {}

  /** What the caller may see, from their session and memberships; never from request parameters. */
  async audienceOf(caller: Caller | undefined): Promise<SearchAudience> {
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
    const filter = filterFor(await this.audienceOf(caller), query);
    const uid = this.searchIndex.uid;
    // One round trip: the page of results, and the cluster names for the cluster facet.
    const { results } = await this.searchIndex.client.multiSearch<MultiSearchParams, SearchDocument>({
      queries: [
        {
          indexUid: uid,
          q: query.q ?? '',
          filter,
          facets: FACETS,
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
      ],
    });
    const [found, clusters] = results;
    const clusterNames = new Map(clusters.hits.map((hit) => [hit.entityId, hit.title]));
    const facets = found.facetDistribution ?? {};
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

/** The caller's visibility filter AND the client's filters, each value validated and quoted. */
export function filterFor(audience: SearchAudience, query: SearchQueryDto): string[] {
  const filter: string[] = [];
  const visibility = visibilityFilter(audience);
  if (visibility) filter.push(visibility);
  if (query.types?.length) filter.push(anyOf('type', query.types));
  if (query.kind?.length) filter.push(anyOf('kind', query.kind));
  if (query.region?.length) filter.push(anyOf('region', query.region));
  if (query.formats?.length) filter.push(anyOf('formats', query.formats));
  if (query.tags?.length) filter.push(anyOf('tags', query.tags));
  if (query.cluster) filter.push(`clusterIds = ${quote(query.cluster)}`);
  return filter;
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
