export type { SearchMemberships } from './search-memberships';
export { SearchModule } from './search.module';
export type { SearchModuleOptions } from './search.module';
export { visibilityFilter } from './search-filter';
export { SearchService } from './search.service';
