import { Module } from '@nestjs/common';
import type { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { SearchIndexModule } from '@videnbro/search-index';
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

/**
 * Search over the index the worker keeps. The app passes in memberships:
 * `SearchModule.register({ imports: [OrganizationsModule], memberships: OrganizationAccess })`.
 */
@Module({})
export class SearchModule {
  static register(options: SearchModuleOptions): DynamicModule {
    return {
      module: SearchModule,
      imports: [SearchIndexModule, ...options.imports],
      controllers: [SearchController],
      providers: [
        { provide: SEARCH_MEMBERSHIPS, useExisting: options.memberships },
        SearchService,
        SearchStatusService,
      ],
    };
  }
}
