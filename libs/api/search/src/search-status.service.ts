import { Injectable } from '@nestjs/common';
import { OutboxQueue } from '@videnbro/outbox';
import { SEARCH_TYPES, SearchIndex, SearchSourcesRepository } from '@videnbro/search-index';
import type { SearchStatusDto } from './dto/search-status.dto';

/** How far the index is behind the database: for admins, and useful most when Meilisearch is down. */
@Injectable()
export class SearchStatusService {
  constructor(
    private readonly queue: OutboxQueue,
    private readonly sources: SearchSourcesRepository,
    private readonly searchIndex: SearchIndex,
  ) {}

  async status(): Promise<SearchStatusDto> {
    const [outbox, database, indexed] = await Promise.all([
      this.queue.status(),
      this.sources.counts(),
      this.searchIndex.counts().then(
        (documents) => ({ documents, error: null }),
        (error: unknown) => ({
          documents: null,
          error: error instanceof Error ? error.message : String(error),
        }),
      ),
    ]);
    const countsEqual = SEARCH_TYPES.every((type) => indexed.documents?.[type] === database[type]);
    return {
      outbox: { ...outbox, lagSeconds: Math.round(outbox.lagSeconds * 10) / 10 },
      index: { uid: this.searchIndex.uid, ...indexed },
      database,
      inSync: countsEqual && outbox.pending === 0 && outbox.failed === 0,
    };
  }
}
