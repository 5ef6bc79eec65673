import { activitiesTranslations } from '@videnbro/web-activities';
import { accountTranslations, authTranslations } from '@videnbro/web-auth';
import { brokeringTranslations } from '@videnbro/web-brokering';
import { casesTranslations } from '@videnbro/web-cases';
import { dashboardTranslations } from '@videnbro/web-dashboard';
import { notificationsTranslations } from '@videnbro/web-notifications';
import { organizationsTranslations } from '@videnbro/web-organizations';
import { postingsTranslations } from '@videnbro/web-postings';
import { searchTranslations } from '@videnbro/web-search';
import { statisticsTranslations } from '@videnbro/web-statistics';
import { uiTranslations } from '@videnbro/web-ui';

/**
 * Every library's texts; `common` (web-core) is always included. `ui` and `auth` are bundled (the
 * frame and the sign-in page show them); a feature exports a lazy bundle, loaded with the first page
 * that needs it. Texts shown outside a page's `<Suspense>` (in the frame) must come from a bundled one.
 */
export const bundles = [
  uiTranslations,
  authTranslations,
  accountTranslations,
  dashboardTranslations,
  organizationsTranslations,
  postingsTranslations,
  searchTranslations,
  activitiesTranslations,
  statisticsTranslations,
  notificationsTranslations,
  brokeringTranslations,
  casesTranslations,
];
