import { useQuery } from '@tanstack/react-query';
import type { components } from '@videnbro/api-client';
import { useApi } from '../http/api-client';
import { request, type ApiRequestError } from '../http/api-error';

export type ApiOrganization = components['schemas']['OrganizationDto'];
export type MyOrganization = components['schemas']['MyOrganizationDto'];
export type OrganizationRole = components['schemas']['OrganizationRole'];

/**
 * The signed-in user's organisations and role in each: several features (onboarding, postings, the
 * overview) decide what to offer from it. Dropped with the session, like every non-`auth` query.
 */
export const myOrganizationsKey = ['me', 'organizations'] as const;

/** The organisations the signed-in user belongs to, with the role in each (`GET /me/organizations`). */
export function useMyOrganizations({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery<MyOrganization[], ApiRequestError>({
    queryKey: myOrganizationsKey,
    queryFn: async () => (await request(() => api.GET('/api/v1/me/organizations'))).items,
    enabled,
  });
}

/** Owners and admins manage an organisation (its profile, members and postings). */
export function isManagerRole(role: OrganizationRole | null | undefined): boolean {
  return role === 'owner' || role === 'admin';
}
