import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@videnbro/api-client';
import {
  myOrganizationsKey,
  request,
  useApi,
  type ApiRequestError,
  type OrganizationRole,
} from '@videnbro/web-core';
import { organizationKeys } from './organization-keys';
import type { JoinRequest } from './organizations';

export type Member = components['schemas']['MemberDto'];
export type Invitation = components['schemas']['InvitationDto'];
export type CreatedInvitation = components['schemas']['CreatedInvitationDto'];
export type InvitationPreview = components['schemas']['InvitationPreviewDto'];
export type Membership = components['schemas']['MyOrganizationDto'];

/** Members with names and emails: for members of the organisation (403 for anyone else). */
export function useMembers(id: string) {
  const api = useApi();
  return useQuery<Member[], ApiRequestError>({
    queryKey: organizationKeys.members(id),
    queryFn: async () =>
      (await request(() => api.GET('/api/v1/organizations/{id}/members', { params: { path: { id } } })))
        .items,
  });
}

export function useChangeRole(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<Member, ApiRequestError, { userId: string; role: OrganizationRole }>({
    mutationFn: ({ userId, role }) =>
      request(() =>
        api.PATCH('/api/v1/organizations/{id}/members/{userId}', {
          params: { path: { id, userId } },
          body: { role },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationKeys.members(id) }),
        queryClient.invalidateQueries({ queryKey: myOrganizationsKey }),
      ]),
  });
}

/** Removes a member, or (with the caller's own id) leaves the organisation. */
export function useRemoveMember(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<void, ApiRequestError, { userId: string }>({
    mutationFn: ({ userId }) =>
      request(() =>
        api.DELETE('/api/v1/organizations/{id}/members/{userId}', { params: { path: { id, userId } } }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationKeys.members(id) }),
        queryClient.invalidateQueries({ queryKey: myOrganizationsKey }),
      ]),
  });
}

/** Open invitations (owners and admins). */
export function useInvitations(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery<Invitation[], ApiRequestError>({
    queryKey: organizationKeys.invitations(id),
    queryFn: async () => {
      const { items } = await request(() =>
        api.GET('/api/v1/organizations/{id}/invitations', { params: { path: { id } } }),
      );
      return items.filter((invitation) => invitation.status === 'pending');
    },
    enabled,
  });
}

export function useInvite(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CreatedInvitation, ApiRequestError, { email: string; role: OrganizationRole }>({
    mutationFn: (body) =>
      request(() => api.POST('/api/v1/organizations/{id}/invitations', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.invitations(id) }),
  });
}

export function useRevokeInvitation(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<void, ApiRequestError, { invitationId: string }>({
    mutationFn: ({ invitationId }) =>
      request(() =>
        api.DELETE('/api/v1/organizations/{id}/invitations/{invitationId}', {
          params: { path: { id, invitationId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.invitations(id) }),
  });
}

/** Join requests waiting for an answer (owners and admins). */
export function useJoinRequests(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery<JoinRequest[], ApiRequestError>({
    queryKey: organizationKeys.joinRequests(id),
    queryFn: async () =>
      (
        await request(() =>
          api.GET('/api/v1/organizations/{id}/join-requests', {
            params: { path: { id }, query: { status: 'pending' } },
          }),
        )
      ).items,
    enabled,
  });
}

export function useDecideJoinRequest(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<JoinRequest, ApiRequestError, { requestId: string; decision: 'approve' | 'reject' }>({
    mutationFn: ({ requestId, decision }) => {
      const options = { params: { path: { id, requestId } } };
      return decision === 'approve'
        ? request(() => api.POST('/api/v1/organizations/{id}/join-requests/{requestId}/approve', options))
        : request(() => api.POST('/api/v1/organizations/{id}/join-requests/{requestId}/reject', options));
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationKeys.joinRequests(id) }),
        queryClient.invalidateQueries({ queryKey: organizationKeys.members(id) }),
      ]),
  });
}

/** What an invitation link offers (public): 404 for an unknown link, 410 for a used or expired one. */
export function useInvitationPreview(token: string) {
  const api = useApi();
  return useQuery<InvitationPreview, ApiRequestError>({
    queryKey: organizationKeys.invitation(token),
    queryFn: () => request(() => api.GET('/api/v1/invitations/{token}', { params: { path: { token } } })),
  });
}

export function useAcceptInvitation(token: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<Membership, ApiRequestError, void>({
    mutationFn: () =>
      request(() => api.POST('/api/v1/invitations/{token}/accept', { params: { path: { token } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myOrganizationsKey }),
  });
}
