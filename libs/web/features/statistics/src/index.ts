import type { LazyTranslationBundle } from '@videnbro/web-core';
import { lazy } from 'react';

/** Its texts load with the first component that needs them, in a chunk of their own. */
export const statisticsTranslations: LazyTranslationBundle = {
  namespace: 'statistics',
  load: () => import('./i18n/translations').then((texts) => texts.statisticsTranslations),
};
export { STATISTICS_ROUTES } from './lib/paths';

/** The pages, each its own chunk (with the charts), loaded when its route is first shown. */
export const StatisticsDashboardPage = lazy(() => import('./pages/dashboard-page'));
export const StatisticsProgrammePage = lazy(() => import('./pages/programme-page'));
export const StatisticsRowsPage = lazy(() => import('./pages/rows-page'));
export const StatisticsEvaluationPage = lazy(() => import('./pages/evaluation-page'));
export const StatisticsStrengthAreasPage = lazy(() => import('./pages/strength-areas-page'));
export const StatisticsReportPage = lazy(() => import('./pages/report-page'));
