import type { components } from '@videnbro/api-client';
import type { CollaborationFormat, OrganizationKind, RegionId } from '@videnbro/domain';
import { SEARCH_PATH } from './paths';

// The search page's address, apart from parsing it: small and free of reference data, so that the
// app can link to a saved search without loading the search page.

type SearchType = components['schemas']['SearchType'];
/** A saved search's words and filters, as the API gives them back. */
export type SavedSearchQuery = components['schemas']['SavedSearchQueryDto'];

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

/**
 * The search page's address for a saved search. The page shows one type or all: a search of
 * several types opens with all of them.
 */
export function searchHref(query: SavedSearchQuery): string {
  const params = searchStateParams({
    q: query.q ?? '',
    type: query.types?.length === 1 ? query.types[0] : null,
    kind: query.kind ?? [],
    region: query.region ?? [],
    formats: query.formats ?? [],
    tags: query.tags ?? [],
    cluster: query.cluster ?? null,
    page: 1,
  }).toString();
  return params ? `${SEARCH_PATH}?${params}` : SEARCH_PATH;
}
