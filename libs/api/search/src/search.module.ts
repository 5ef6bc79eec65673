import { Module } from '@nestjs/common';
import type { DynamicModule, ModuleMetadata, Provider, Type } from '@nestjs/common';
import { NotificationsModule } from '@videnbro/notifications';
import { SearchIndexModule } from '@videnbro/search-index';
import { SavedSearchJob } from './saved-search-job';
import { SavedSearchLoop } from './saved-search-loop';
import { SavedSearchesController } from './saved-searches.controller';
import { SavedSearchesRepository } from './saved-searches.repository';
import { SavedSearchesService } from './saved-searches.service';
import { SearchController } from './search.controller';
import { SEARCH_MEMBERSHIPS } from './search-memberships';
import type { SearchMemberships } from './search-memberships';
import { SearchStatusService } from './search-status.service';
import { SearchService } from './search.service';

export interface SearchModuleOptions {
  /** The modules that export the memberships provider (the organisations feature). */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** The provider that answers membership questions: the organisations feature's OrganizationAccess. */
  memberships: Type<SearchMemberships>;
}

const membershipsProvider = (options: SearchModuleOptions): Provider => ({
  provide: SEARCH_MEMBERSHIPS,
  useExisting: options.memberships,
});

/**
 * Search over the index the worker keeps, and saved searches. The app passes in memberships:
 * `SearchModule.register({ imports: [OrganizationsModule], memberships: OrganizationAccess })`.
 */
@Module({})
export class SearchModule {
  static register(options: SearchModuleOptions): DynamicModule {
    return {
      module: SearchModule,
      imports: [SearchIndexModule, ...options.imports],
      controllers: [SearchController, SavedSearchesController],
      providers: [
        membershipsProvider(options),
        SearchService,
        SearchStatusService,
        SavedSearchesRepository,
        SavedSearchesService,
      ],
    };
  }
}

/**
 * The saved-search job, for the worker (`loop: true` runs it every minute) and for tests that run
 * it themselves. Memberships as for SearchModule: the owner's visibility is built the same way.
 */
@Module({})
export class SavedSearchJobModule {
  static register(options: SearchModuleOptions & { loop: boolean }): DynamicModule {
    return {
      module: SavedSearchJobModule,
      imports: [SearchIndexModule, NotificationsModule, ...options.imports],
      providers: [
        membershipsProvider(options),
        SearchService,
        SavedSearchesRepository,
        SavedSearchJob,
        ...(options.loop ? [SavedSearchLoop] : []),
      ],
      exports: [SavedSearchJob],
    };
  }
}
