import type { LazyTranslationBundle } from '@videnbro/web-core';
import { lazy } from 'react';

/** Its texts load with the first component that needs them, in a chunk of their own. */
export const searchTranslations: LazyTranslationBundle = {
  namespace: 'search',
  load: () => import('./i18n/translations').then((texts) => texts.searchTranslations),
};

/** The route of the search page (the "Search" area of the main navigation). */
export const SEARCH_PATH = '/search';

/** Its own chunk, loaded when the route is first shown. */
export const SearchPage = lazy(() => import('./pages/search-page'));

export { Matches } from './components/matches';
export type { MatchesSectionProps as MatchesProps } from './components/matches-section';
