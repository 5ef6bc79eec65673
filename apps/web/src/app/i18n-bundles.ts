import { activitiesTranslations } from '@videnbro/web-activities';
import { authTranslations } from '@videnbro/web-auth';
import { dashboardTranslations } from '@videnbro/web-dashboard';
import { organizationsTranslations } from '@videnbro/web-organizations';
import { postingsTranslations } from '@videnbro/web-postings';
import { searchTranslations } from '@videnbro/web-search';
import { statisticsTranslations } from '@videnbro/web-statistics';
import { uiTranslations } from '@videnbro/web-ui';

/** Every library's texts; `common` (web-core) is always included. */
export const bundles = [
  uiTranslations,
  authTranslations,
  dashboardTranslations,
  organizationsTranslations,
  postingsTranslations,
  searchTranslations,
  activitiesTranslations,
  statisticsTranslations,
];
