import {
  COLLABORATION_FORMAT_IDS,
  isOneOf,
  ORGANIZATION_KIND_IDS,
  REGION_IDS,
  type CollaborationFormat,
  type OrganizationKind,
  type RegionId,
} from '@videnbro/domain';
import type { components } from '@videnbro/api-client';

export type SearchType = components['schemas']['SearchType'];
export const SEARCH_TYPES = ['need', 'competence', 'organization'] as const satisfies readonly SearchType[];

/** The facets a user can filter on, each a list of values in the URL. */
export const LIST_FACETS = ['kind', 'region', 'formats', 'tags'] as const;
export type ListFacet = (typeof LIST_FACETS)[number];

/**
 * Everything the search page shows, as it stands in the URL (so it can be shared and the back button
 * works). A facet's values are repeated parameters, `region=a&region=b`; commas are read as well.
 */
export interface SearchState {
  q: string;
  type: SearchType | null;
  kind: OrganizationKind[];
  region: RegionId[];
  formats: CollaborationFormat[];
  tags: string[];
  cluster: string | null;
  page: number;
}

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

/** The URL query of a state, leaving out what is empty or the default, in a fixed order. */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  for (const facet of LIST_FACETS) {
    for (const value of state[facet]) params.append(facet, value);
  }
  if (state.cluster) params.set('cluster', state.cluster);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Any filter besides the words: what "clear the filters" resets. */
export function hasFilters(state: SearchState): boolean {
  return (
    state.type !== null || state.cluster !== null || LIST_FACETS.some((facet) => state[facet].length > 0)
  );
}
