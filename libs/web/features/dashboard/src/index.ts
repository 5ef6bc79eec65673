import type { LazyTranslationBundle } from '@videnbro/web-core';
import { lazy } from 'react';

/** Its texts load with the first component that needs them, in a chunk of their own. */
export const dashboardTranslations: LazyTranslationBundle = {
  namespace: 'dashboard',
  load: () => import('./i18n/translations').then((texts) => texts.dashboardTranslations),
};
export type { AreaLink, AreaPageProps } from './pages/area-page';
export type { DashboardPageProps } from './pages/dashboard-page';

/** The pages, each its own chunk, loaded when its route is first shown. */
export const DashboardPage = lazy(() => import('./pages/dashboard-page'));
export const AreaPage = lazy(() => import('./pages/area-page'));
