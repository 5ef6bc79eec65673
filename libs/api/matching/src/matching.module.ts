import { Module } from '@nestjs/common';
import type { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { SearchIndexModule } from '@videnbro/search-index';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';
import { MATCH_VISIBILITY } from './match-visibility';
import type { MatchVisibility } from './match-visibility';

export interface MatchingModuleOptions {
  /** The modules that export the visibility provider (the search feature). */
  imports?: NonNullable<ModuleMetadata['imports']>;
  /** The provider of the caller's visibility filter: the search feature's. */
  visibility: Type<MatchVisibility>;
}

/** Matching over the search index. The app passes in search's visibility filter. */
@Module({})
export class MatchingModule {
  static register(options: MatchingModuleOptions): DynamicModule {
    return {
      module: MatchingModule,
      imports: [SearchIndexModule, ...(options.imports ?? [])],
      controllers: [MatchingController],
      providers: [{ provide: MATCH_VISIBILITY, useClass: options.visibility }, MatchingService],
      // The cases feature's inbox shows each need's best matches (wired by the app).
      exports: [MatchingService],
    };
  }
}
