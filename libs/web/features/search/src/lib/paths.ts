import type { SearchType } from './search-state';

/** The route of the search page (the "Search" area of the main navigation). */
export const SEARCH_PATH = '/search';

/** Where a need, competence or organisation is shown: the pages of the postings and organisations features. */
export const ENTITY_PATHS: Readonly<Record<SearchType, (id: string) => string>> = {
  need: (id) => `/needs/${id}`,
  competence: (id) => `/competencies/${id}`,
  organization: (id) => `/organizations/${id}`,
};
