import { COLLABORATION_FORMAT_IDS, isOneOf, ORGANIZATION_KIND_IDS, REGION_IDS } from '@videnbro/domain';
import type { components } from '@videnbro/api-client';
import { LIST_FACETS, type SearchState } from './search-address';

export type SearchType = components['schemas']['SearchType'];
/** The words and filters of a search as the API takes them, e.g. to save it. */
export type SearchQuery = components['schemas']['SearchFiltersDto'];

export { LIST_FACETS, searchStateParams } from './search-address';
export type { ListFacet, SavedSearchQuery, SearchState } from './search-address';

export const SEARCH_TYPES = ['need', 'competence', 'organization'] as const satisfies readonly SearchType[];

/** The API's own limits: longer queries and later pages are refused with a 400. */
const MAX_QUERY_LENGTH = 200;
const MAX_PAGE = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function listOf(params: URLSearchParams, name: string): string[] {
  return [
    ...new Set(
      params
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter((value) => value !== ''),
    ),
  ];
}

const only =
  <Id extends string>(ids: readonly Id[]) =>
  (values: string[]): Id[] =>
    values.filter((value): value is Id => isOneOf(ids, value));

/**
 * The state in a URL's query. Values the API would refuse (a hand-edited or outdated link) are
 * dropped, so a shared link always shows results instead of an error.
 */
export function parseSearchState(params: URLSearchParams): SearchState {
  const type = params.get('type');
  const cluster = params.get('cluster');
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    type: isOneOf(SEARCH_TYPES, type) ? type : null,
    kind: only(ORGANIZATION_KIND_IDS)(listOf(params, 'kind')),
    region: only(REGION_IDS)(listOf(params, 'region')),
    formats: only(COLLABORATION_FORMAT_IDS)(listOf(params, 'formats')),
    tags: listOf(params, 'tags'),
    cluster: cluster !== null && UUID.test(cluster) ? cluster : null,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** Any filter besides the words: what "clear the filters" resets. */
export function hasFilters(state: SearchState): boolean {
  return (
    state.type !== null || state.cluster !== null || LIST_FACETS.some((facet) => state[facet].length > 0)
  );
}

/** The state's words and filters as the API takes them (lists comma-separated), e.g. to save the search. */
export function searchQueryOf(state: SearchState): SearchQuery {
  return {
    q: state.q.trim() || undefined,
    types: state.type ?? undefined,
    kind: state.kind.join(',') || undefined,
    region: state.region.join(',') || undefined,
    formats: state.formats.join(',') || undefined,
    tags: state.tags.join(',') || undefined,
    cluster: state.cluster ?? undefined,
  };
}
