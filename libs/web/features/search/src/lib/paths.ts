import type { SearchType } from './search-state';

/** Where a need, competence or organisation is shown: the pages of the postings and organisations features. */
export const ENTITY_PATHS: Readonly<Record<SearchType, (id: string) => string>> = {
  need: (id) => `/needs/${id}`,
  competence: (id) => `/competencies/${id}`,
  organization: (id) => `/organizations/${id}`,
};
