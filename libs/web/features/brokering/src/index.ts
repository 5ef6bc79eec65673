import type { LazyTranslationBundle } from '@videnbro/web-core';
import { lazy } from 'react';

/** Its texts load with the first component that needs them, in a chunk of their own. */
export const brokeringTranslations: LazyTranslationBundle = {
  namespace: 'brokering',
  load: () => import('./i18n/translations').then((texts) => texts.brokeringTranslations),
};
export { BROKERING_ROUTES } from './lib/paths';
/** For another feature's slot (the cases list), wired by `apps/web`. */
export { BrokeringLinks } from './components/brokering-links';

/** The broker workspace's pages, each its own chunk, loaded when its route is first shown. */
export const CaseBoardPage = lazy(() => import('./pages/case-board-page'));
export const CaseInboxPage = lazy(() => import('./pages/case-inbox-page'));
