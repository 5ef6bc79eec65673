import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '@videnbro/api-client';
import { request, useApi, type ApiRequestError } from '@videnbro/web-core';
import type { SearchState } from '../lib/search-state';

type Schemas = components['schemas'];
export type SearchResult = Schemas['SearchResultDto'];
export type SearchHit = Schemas['SearchHitDto'];
export type FacetCount = Schemas['FacetCountDto'];

export const PAGE_SIZE = 20;

export const searchKeys = {
  all: ['search'] as const,
  results: (state: SearchState) => ['search', state] as const,
};

/**
 * The results for a state of the search page. A new state cancels the request of the one before
 * (TanStack Query aborts the signal of a query nobody waits for any more); the previous results stay
 * on screen until the new ones arrive, so the list does not flicker while typing.
 */
export function useSearch(state: SearchState) {
  const api = useApi();
  return useQuery<SearchResult, ApiRequestError>({
    queryKey: searchKeys.results(state),
    queryFn: ({ signal }) =>
      request(() =>
        api.GET('/api/v1/search', {
          params: {
            query: {
              q: state.q.trim() || undefined,
              types: state.type ?? undefined,
              kind: state.kind.join(',') || undefined,
              region: state.region.join(',') || undefined,
              formats: state.formats.join(',') || undefined,
              tags: state.tags.join(',') || undefined,
              cluster: state.cluster ?? undefined,
              page: state.page,
              limit: PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
