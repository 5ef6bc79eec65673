import { SavedSearch } from './saved-search.entity';

export { SAVED_SEARCH_NAME_MAX, SavedSearch } from './saved-search.entity';
export type { SavedSearchQuery } from './saved-search.entity';

export const searchEntities = [SavedSearch];
