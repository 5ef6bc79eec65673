import { lazy } from 'react';

export { searchTranslations } from './i18n/translations';

/** The route of the search page (the "Search" area of the main navigation). */
export const SEARCH_PATH = '/search';

/** Its own chunk, loaded when the route is first shown. */
export const SearchPage = lazy(() => import('./pages/search-page'));

export { Matches } from './components/matches';
export type { MatchesSectionProps as MatchesProps } from './components/matches-section';
