import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ParticipationRole } from '@videnbro/domain';
import { request, useApi, type ApiOrganization, type ApiRequestError } from '@videnbro/web-core';
import { activityKeys } from './keys';
import type {
  CreateParticipation,
  ImportCommit,
  ImportPreview,
  ImportResult,
  OrganizationParticipationPage,
  Participation,
} from './types';

/** The organisations taking part in an activity. */
export function useParticipations(activityId: string) {
  const api = useApi();
  return useQuery<Participation[], ApiRequestError>({
    queryKey: activityKeys.participations(activityId),
    queryFn: async () =>
      (
        await request(() =>
          api.GET('/api/v1/activities/{id}/participations', { params: { path: { id: activityId } } }),
        )
      ).items,
  });
}

/** After a change to who takes part: the list, the activity's counts and the activity lists. */
function useChanged(activityId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: activityKeys.participations(activityId) }),
      queryClient.invalidateQueries({ queryKey: activityKeys.detail(activityId) }),
      queryClient.invalidateQueries({ queryKey: activityKeys.lists }),
    ]);
}

export function useAddParticipation(activityId: string) {
  const api = useApi();
  const changed = useChanged(activityId);
  return useMutation<Participation, ApiRequestError, CreateParticipation>({
    mutationFn: (body) =>
      request(() =>
        api.POST('/api/v1/activities/{id}/participations', { params: { path: { id: activityId } }, body }),
      ),
    onSuccess: changed,
  });
}

export function useUpdateParticipation(activityId: string) {
  const api = useApi();
  const changed = useChanged(activityId);
  return useMutation<
    Participation,
    ApiRequestError,
    { participationId: string; role: ParticipationRole; persons: number }
  >({
    mutationFn: ({ participationId, ...body }) =>
      request(() =>
        api.PATCH('/api/v1/activities/{id}/participations/{participationId}', {
          params: { path: { id: activityId, participationId } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}

export function useRemoveParticipation(activityId: string) {
  const api = useApi();
  const changed = useChanged(activityId);
  return useMutation<void, ApiRequestError, { participationId: string }>({
    mutationFn: ({ participationId }) =>
      request(() =>
        api.DELETE('/api/v1/activities/{id}/participations/{participationId}', {
          params: { path: { id: activityId, participationId } },
        }),
      ),
    onSuccess: changed,
  });
}

/** Reads a participants CSV and says what each line would become; the API writes nothing. */
export function useImportPreview(activityId: string) {
  const api = useApi();
  return useMutation<ImportPreview, ApiRequestError, { csv: string }>({
    mutationFn: (body) =>
      request(() =>
        api.POST('/api/v1/activities/{id}/participations/import/preview', {
          params: { path: { id: activityId } },
          body,
        }),
      ),
  });
}

/** Adds the reviewed rows in one transaction. */
export function useImportCommit(activityId: string) {
  const api = useApi();
  const changed = useChanged(activityId);
  return useMutation<ImportResult, ApiRequestError, ImportCommit>({
    mutationFn: (body) =>
      request(() =>
        api.POST('/api/v1/activities/{id}/participations/import/commit', {
          params: { path: { id: activityId } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}

/** Organisations whose name contains `q` (at least 2 characters), to add one as a participant. */
export function useOrganizationSearch(q: string) {
  const api = useApi();
  const query = q.trim();
  return useQuery<ApiOrganization[], ApiRequestError>({
    queryKey: activityKeys.organizationSearch(query),
    queryFn: async () =>
      (await request(() => api.GET('/api/v1/organizations', { params: { query: { q: query, limit: 10 } } })))
        .items,
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** The activities an organisation took part in (its members, programme staff and admins may read it). */
export function useOrganizationParticipations(organizationId: string, page: number, enabled: boolean) {
  const api = useApi();
  return useQuery<OrganizationParticipationPage, ApiRequestError>({
    queryKey: activityKeys.organizationParticipations(organizationId, page),
    queryFn: () =>
      request(() =>
        api.GET('/api/v1/organizations/{id}/participations', {
          params: { path: { id: organizationId }, query: { page, limit: PARTICIPATIONS_PAGE_SIZE } },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export const PARTICIPATIONS_PAGE_SIZE = 20;
