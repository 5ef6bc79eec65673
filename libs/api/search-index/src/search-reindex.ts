import { Injectable, Logger } from '@nestjs/common';
import { OutboxQueue } from '@videnbro/outbox';
import { SEARCH_TYPES } from './search-documents';
import type { SearchType } from './search-documents';
import { SearchIndex } from './search-index';
import { SearchSourcesRepository } from './search-sources.repository';

const PAGE_SIZE = 1_000;

export interface ReindexResult {
  documents: Record<SearchType, number>;
  /** Outbox rows relayed during the rebuild, made due again for the new index. */
  reopenedOutboxRows: number;
}

/**
 * A full reindex without downtime: builds a fresh index from the database next to the live one,
 * swaps the two atomically, and drops the old one. Searches keep using the live index until the swap.
 * Changes relayed while the fresh index was being built went to the old one: their outbox rows are
 * made due again, so the relay brings them into the new index.
 */
@Injectable()
export class SearchReindex {
  private readonly logger = new Logger('SearchReindex');

  constructor(
    private readonly sources: SearchSourcesRepository,
    private readonly searchIndex: SearchIndex,
    private readonly queue: OutboxQueue,
  ) {}

  async run(): Promise<ReindexResult> {
    const live = this.searchIndex.uid;
    const fresh = `${live}_reindex`;
    const startedAt = new Date();
    await this.searchIndex.drop(fresh);
    await this.searchIndex.prepare(fresh);
    const documents = { need: 0, competence: 0, organization: 0 } as Record<SearchType, number>;
    for (const type of SEARCH_TYPES) {
      let afterId: string | null = null;
      for (;;) {
        const page = await this.sources.page(type, afterId, PAGE_SIZE);
        if (!page.length) break;
        await this.searchIndex.apply(new Map(page.map((document) => [document.id, document])), fresh);
        documents[type] += page.length;
        afterId = page[page.length - 1].entityId;
      }
      this.logger.log(`Indexed ${documents[type]} ${type} documents into ${fresh}`);
    }
    await this.searchIndex.prepare(live);
    await this.searchIndex.swap(live, fresh);
    await this.searchIndex.drop(fresh);
    const reopenedOutboxRows = await this.queue.reopenProcessedSince(startedAt);
    this.logger.log(
      `Swapped the fresh index in as ${live}; ${reopenedOutboxRows} outbox rows to relay again`,
    );
    return { documents, reopenedOutboxRows };
  }
}
