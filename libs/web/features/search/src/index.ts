import type { LazyTranslationBundle } from '@videnbro/web-core';
import { lazy } from 'react';

/** Its texts load with the first component that needs them, in a chunk of their own. */
export const searchTranslations: LazyTranslationBundle = {
  namespace: 'search',
  load: () => import('./i18n/translations').then((texts) => texts.searchTranslations),
};

export { SEARCH_PATH } from './lib/paths';
/** For the saved-searches page (another feature, through the app): a saved search's address. */
export { searchHref } from './lib/search-address';
export type { SavedSearchQuery } from './lib/search-address';

/** Its own chunk, loaded when the route is first shown. */
export const SearchPage = lazy(() => import('./pages/search-page'));

export { Matches } from './components/matches';
export type { MatchesSectionProps as MatchesProps } from './components/matches-section';
