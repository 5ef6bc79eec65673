import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, useApi, type ApiRequestError } from '@videnbro/web-core';
import type { ActivityFilters } from '../lib/filters';
import { activityKeys } from './keys';
import type { Activity, ActivityInput, ActivityPage } from './types';

export const PAGE_SIZE = 20;

/** The activities the caller may see (the API decides: a broker's clusters, or all), filtered. */
export function useActivities(filters: ActivityFilters) {
  const api = useApi();
  return useQuery<ActivityPage, ApiRequestError>({
    queryKey: activityKeys.list(filters),
    queryFn: () =>
      request(() =>
        api.GET('/api/v1/activities', {
          params: {
            query: {
              cluster: filters.cluster || undefined,
              from: filters.from || undefined,
              to: filters.to || undefined,
              type: filters.type || undefined,
              q: filters.q.trim() || undefined,
              page: filters.page,
              limit: PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string) {
  const api = useApi();
  return useQuery<Activity, ApiRequestError>({
    queryKey: activityKeys.detail(id),
    queryFn: () => request(() => api.GET('/api/v1/activities/{id}', { params: { path: { id } } })),
  });
}

function useSaved() {
  const queryClient = useQueryClient();
  return async (activity: Activity) => {
    queryClient.setQueryData(activityKeys.detail(activity.id), activity);
    await queryClient.invalidateQueries({ queryKey: activityKeys.lists });
  };
}

export function useCreateActivity() {
  const api = useApi();
  const saved = useSaved();
  return useMutation<Activity, ApiRequestError, ActivityInput>({
    mutationFn: (body) => request(() => api.POST('/api/v1/activities', { body })),
    onSuccess: saved,
  });
}

export function useUpdateActivity(id: string) {
  const api = useApi();
  const saved = useSaved();
  return useMutation<Activity, ApiRequestError, ActivityInput>({
    mutationFn: (body) =>
      request(() => api.PATCH('/api/v1/activities/{id}', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

/** Deletes an activity (soft: it leaves lists and statistics). */
export function useDeleteActivity(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<void, ApiRequestError, void>({
    mutationFn: () => request(() => api.DELETE('/api/v1/activities/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: activityKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: activityKeys.lists });
    },
  });
}

/**
 * A cluster's activities of a year, by title, to tie a funding record to one: the first 100 (the API's
 * page limit), which covers what a cluster logs in a year today.
 */
export function useActivityChoices(clusterId: string, year: number) {
  const api = useApi();
  return useQuery<{ id: string; title: string }[], ApiRequestError>({
    queryKey: [...activityKeys.lists, 'choices', clusterId, year],
    queryFn: async () =>
      (
        await request(() =>
          api.GET('/api/v1/activities', {
            params: { query: { cluster: clusterId, from: `${year}-01-01`, to: `${year}-12-31`, limit: 100 } },
          }),
        )
      ).items
        .map(({ id, title }) => ({ id, title }))
        .sort((a, b) => a.title.localeCompare(b.title, 'da')),
    enabled: clusterId !== '',
  });
}
