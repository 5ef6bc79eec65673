import type { LazyTranslationBundle } from '@videnbro/web-core';
import { lazy } from 'react';

/** Its texts load with the first component that needs them, in a chunk of their own. */
export const activitiesTranslations: LazyTranslationBundle = {
  namespace: 'activities',
  load: () => import('./i18n/translations').then((texts) => texts.activitiesTranslations),
};
export { ACTIVITY_ROUTES } from './lib/paths';
/** For another feature's slot (the organisation page), wired by `apps/web`. */
export { OrganizationParticipations } from './components/organization-participations';
export type { OrganizationParticipationsProps } from './components/organization-participations';

/** The pages, each its own chunk, loaded when its route is first shown. */
export const ActivitiesPage = lazy(() => import('./pages/activities-page'));
export const ActivityDetailPage = lazy(() => import('./pages/activity-detail-page'));
export const ActivityEditorPage = lazy(() => import('./pages/activity-editor-page'));
export const ImportParticipantsPage = lazy(() => import('./pages/import-participants-page'));
export const FundingRecordsPage = lazy(() => import('./pages/funding-records-page'));
