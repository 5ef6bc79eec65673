import type { LazyTranslationBundle } from '@videnbro/web-core';
import { lazy } from 'react';

/** Its texts load with the first component that needs them, in a chunk of their own. */
export const casesTranslations: LazyTranslationBundle = {
  namespace: 'cases',
  load: () => import('./i18n/translations').then((texts) => texts.casesTranslations),
};
export { CASE_ROUTES } from './lib/paths';
/** "Ask for an introduction" / "Express interest" and the overview's section, for other pages' slots. */
export { CaseRequest, MyCases } from './components/slots';
export type { CaseRequestProps } from './components/case-request';

/** The pages, each its own chunk, loaded when its route is first shown. */
export const CasesPage = lazy(() => import('./pages/cases-page'));
export const CaseDetailPage = lazy(() => import('./pages/case-detail-page'));
export const ConsentLinkPage = lazy(() => import('./pages/consent-link-page'));
