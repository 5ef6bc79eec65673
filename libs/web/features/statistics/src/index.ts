import { lazy } from 'react';

export { statisticsTranslations } from './i18n/translations';
export { STATISTICS_ROUTES } from './lib/paths';

/** The pages, each its own chunk (with the charts), loaded when its route is first shown. */
export const StatisticsDashboardPage = lazy(() => import('./pages/dashboard-page'));
export const StatisticsProgrammePage = lazy(() => import('./pages/programme-page'));
export const StatisticsRowsPage = lazy(() => import('./pages/rows-page'));
export const StatisticsEvaluationPage = lazy(() => import('./pages/evaluation-page'));
export const StatisticsStrengthAreasPage = lazy(() => import('./pages/strength-areas-page'));
export const StatisticsReportPage = lazy(() => import('./pages/report-page'));
