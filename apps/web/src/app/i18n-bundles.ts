import { authTranslations } from '@videnbro/web-auth';
import { dashboardTranslations } from '@videnbro/web-dashboard';
import { uiTranslations } from '@videnbro/web-ui';

/** Every library's texts; `common` (web-core) is always included. */
export const bundles = [uiTranslations, authTranslations, dashboardTranslations];
