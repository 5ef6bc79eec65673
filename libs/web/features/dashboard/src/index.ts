import { lazy } from 'react';

export { dashboardTranslations } from './i18n/translations';
export type { AreaLink, AreaPageProps } from './pages/area-page';

/** The pages, each its own chunk, loaded when its route is first shown. */
export const DashboardPage = lazy(() => import('./pages/dashboard-page'));
export const AreaPage = lazy(() => import('./pages/area-page'));
