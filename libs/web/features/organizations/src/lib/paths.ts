/** The organisation pages' routes, as `apps/web` wires them. */
export const ONBOARDING_PATH = '/onboarding';
export { MY_ORGANIZATIONS_PATH } from '@videnbro/web-ui';
export const ORGANIZATION_PATH = '/organizations/:id';
export const EDIT_ORGANIZATION_PATH = '/organizations/:id/edit';
export const MEMBERS_PATH = '/organizations/:id/members';
export const INVITATION_PATH = '/invitations/:token';

export const organizationPath = (id: string) => `/organizations/${id}`;
export const editOrganizationPath = (id: string) => `/organizations/${id}/edit`;
export const membersPath = (id: string) => `/organizations/${id}/members`;

/**
 * The sign-in or registration page, coming back to `next` afterwards (the auth pages' `?next=`
 * contract: a local path only).
 */
export function authPath(page: 'sign-in' | 'register', next: string): string {
  return `/${page}?next=${encodeURIComponent(next)}`;
}
