import { useMutation } from '@tanstack/react-query';
import type { components } from '@videnbro/api-client';
import { request, useApi, type ApiRequestError } from '@videnbro/web-core';
import type { SearchQuery } from '../lib/search-state';

export type SavedSearch = components['schemas']['SavedSearchDto'];

/** Saves a search; the saved-searches page (another feature) reads them afresh when it opens. */
export function useSaveSearch() {
  const api = useApi();
  return useMutation<SavedSearch, ApiRequestError, { name: string; query: SearchQuery }>({
    mutationFn: (body) => request(() => api.POST('/api/v1/saved-searches', { body })),
  });
}
