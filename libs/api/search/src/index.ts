export { SavedSearch, searchEntities } from './entities';
export type { SavedSearchQuery } from './entities';
export { DEFAULT_SAVED_SEARCH_JOB_OPTIONS, SavedSearchJob } from './saved-search-job';
export type { SavedSearchJobOptions, SavedSearchRun } from './saved-search-job';
export type { SearchMemberships } from './search-memberships';
export { SavedSearchJobModule, SearchModule } from './search.module';
export type { SearchModuleOptions } from './search.module';
export { visibilityFilter } from './search-filter';
export { SearchService } from './search.service';
