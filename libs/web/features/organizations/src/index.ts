import type { LazyTranslationBundle } from '@videnbro/web-core';
import { lazy } from 'react';

/** Its texts load with the first component that needs them, in a chunk of their own. */
export const organizationsTranslations: LazyTranslationBundle = {
  namespace: 'organizations',
  load: () => import('./i18n/translations').then((texts) => texts.organizationsTranslations),
};
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
