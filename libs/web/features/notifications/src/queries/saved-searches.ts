import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@videnbro/api-client';
import { request, useApi, type ApiRequestError } from '@videnbro/web-core';
import { notificationKeys } from './keys';

export type SavedSearch = components['schemas']['SavedSearchDto'];

/** The user's saved searches. Saved on the search page (another feature): read afresh on every visit. */
export function useSavedSearches() {
  const api = useApi();
  return useQuery<SavedSearch[], ApiRequestError>({
    queryKey: notificationKeys.savedSearches,
    queryFn: () => request(() => api.GET('/api/v1/saved-searches')),
    staleTime: 0,
  });
}

function useChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.savedSearches });
}

export function useRenameSavedSearch() {
  const api = useApi();
  const changed = useChanged();
  return useMutation<SavedSearch, ApiRequestError, { id: string; name: string }>({
    mutationFn: ({ id, name }) =>
      request(() => api.PATCH('/api/v1/saved-searches/{id}', { params: { path: { id } }, body: { name } })),
    onSuccess: changed,
  });
}

export function useDeleteSavedSearch() {
  const api = useApi();
  const changed = useChanged();
  return useMutation<void, ApiRequestError, { id: string }>({
    mutationFn: ({ id }) =>
      request(() => api.DELETE('/api/v1/saved-searches/{id}', { params: { path: { id } } })),
    onSuccess: changed,
  });
}
