import { lazy } from 'react';

export { organizationsTranslations } from './i18n/translations';
export {
  EDIT_ORGANIZATION_PATH,
  INVITATION_PATH,
  MEMBERS_PATH,
  MY_ORGANIZATIONS_PATH,
  ONBOARDING_PATH,
  ORGANIZATION_PATH,
} from './lib/paths';

/** The pages, each its own chunk, loaded when its route is first shown. */
export const OnboardingPage = lazy(() => import('./pages/onboarding-page'));
export const InvitationPage = lazy(() => import('./pages/invitation-page'));
export const OrganizationPage = lazy(() => import('./pages/organization-page'));
export type { OrganizationPageProps } from './pages/organization-page';
export const EditOrganizationPage = lazy(() => import('./pages/edit-organization-page'));
export const MembersPage = lazy(() => import('./pages/members-page'));
export const MyOrganizationsPage = lazy(() => import('./pages/my-organizations-page'));
