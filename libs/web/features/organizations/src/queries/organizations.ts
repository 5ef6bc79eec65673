import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@videnbro/api-client';
import {
  myOrganizationsKey,
  request,
  useApi,
  type ApiOrganization,
  type ApiRequestError,
  type MyOrganization,
} from '@videnbro/web-core';
import { organizationKeys } from './organization-keys';

export type CreateOrganizationInput = components['schemas']['CreateOrganizationDto'];
export type UpdateOrganizationInput = components['schemas']['UpdateOrganizationDto'];
export type JoinRequest = components['schemas']['JoinRequestDto'];
export type MyJoinRequest = components['schemas']['MyJoinRequestDto'];

/** An organisation's public profile (`GET /organizations/:id`); a 404 is an answer, not retried. */
export function useOrganization(id: string) {
  const api = useApi();
  return useQuery<ApiOrganization, ApiRequestError>({
    queryKey: organizationKeys.detail(id),
    queryFn: () => request(() => api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
  });
}

/** Organisations whose name contains `q` (at least 2 characters), for asking to join one. */
export function useOrganizationSearch(q: string) {
  const api = useApi();
  const query = q.trim();
  return useQuery<ApiOrganization[], ApiRequestError>({
    queryKey: organizationKeys.search(query),
    queryFn: async () => {
      const page = await request(() =>
        api.GET('/api/v1/organizations', { params: { query: { q: query, limit: 10 } } }),
      );
      return page.items;
    },
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** Creates an organisation; the caller becomes its owner. */
export function useCreateOrganization() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ApiOrganization, ApiRequestError, CreateOrganizationInput>({
    mutationFn: (body) => request(() => api.POST('/api/v1/organizations', { body })),
    onSuccess: async (organization) => {
      queryClient.setQueryData(organizationKeys.detail(organization.id), organization);
      await queryClient.invalidateQueries({ queryKey: myOrganizationsKey });
    },
  });
}

export function useUpdateOrganization(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ApiOrganization, ApiRequestError, UpdateOrganizationInput>({
    mutationFn: (body) =>
      request(() => api.PATCH('/api/v1/organizations/{id}', { params: { path: { id } }, body })),
    onSuccess: async (organization) => {
      queryClient.setQueryData(organizationKeys.detail(id), organization);
      await queryClient.invalidateQueries({ queryKey: myOrganizationsKey });
    },
  });
}

/** Asks the organisation's owners and admins to let the caller join. */
export function useRequestToJoin(organizationId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<JoinRequest, ApiRequestError, { message?: string }>({
    mutationFn: (body) =>
      request(() =>
        api.POST('/api/v1/organizations/{id}/join-requests', {
          params: { path: { id: organizationId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.myJoinRequests }),
  });
}

/** The caller's own join requests, open ones first (`GET /me/join-requests`). */
export function useMyJoinRequests() {
  const api = useApi();
  return useQuery<MyJoinRequest[], ApiRequestError>({
    queryKey: organizationKeys.myJoinRequests,
    queryFn: async () => (await request(() => api.GET('/api/v1/me/join-requests'))).items,
  });
}

/** The caller's membership of one organisation, if any (from `GET /me/organizations`). */
export function membershipIn(
  memberships: readonly MyOrganization[] | undefined,
  organizationId: string,
): MyOrganization | undefined {
  return memberships?.find((membership) => membership.organization.id === organizationId);
}
