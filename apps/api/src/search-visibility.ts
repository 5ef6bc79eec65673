import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Caller } from '@videnbro/access';
import type { MatchVisibility } from '@videnbro/matching';
import { SearchService, visibilityFilter } from '@videnbro/search';

/**
 * Search's visibility rule as the port matching asks: the very filter a search by the same caller
 * gets. Wiring between two features, so it lives in the app.
 */
@Injectable()
export class SearchVisibility implements MatchVisibility {
  constructor(private readonly moduleRef: ModuleRef) {}

  async visibilityFilterOf(caller: Caller | undefined): Promise<string | null> {
    const search = this.moduleRef.get(SearchService, { strict: false });
    return visibilityFilter(await search.audienceOf(caller));
  }
}
