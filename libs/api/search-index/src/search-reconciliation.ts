import { Injectable } from '@nestjs/common';
import { OutboxQueue } from '@videnbro/outbox';
import { createHash } from 'node:crypto';
import { SEARCH_TYPES } from './search-documents';
import type { SearchDocument, SearchType } from './search-documents';
import { SearchIndex } from './search-index';
import { SearchSourcesRepository } from './search-sources.repository';

const PAGE_SIZE = 1_000;

export interface ReconciliationResult {
  /** Documents the index lacks, holds in another version, or holds without a database row. */
  missing: number;
  stale: number;
  extra: number;
}

/** A document's content in a few bytes, independent of the order of its keys. */
export function documentFingerprint(document: SearchDocument): string {
  const sorted = Object.keys(document)
    .sort()
    .map((key) => [key, document[key as keyof SearchDocument]]);
  return createHash('sha1').update(JSON.stringify(sorted)).digest('base64');
}

/**
 * Finds drift between the database and the index (a lost Meilisearch volume, a row changed outside
 * the API, a bug) and repairs it the normal way: by writing outbox rows for the relay. One type at a
 * time, comparing fingerprints, so memory stays small. An entity with a row still to be relayed is in
 * flight, not drift (after a seed or an import, the whole index is): the relay brings it, once.
 */
@Injectable()
export class SearchReconciliation {
  constructor(
    private readonly sources: SearchSourcesRepository,
    private readonly searchIndex: SearchIndex,
    private readonly queue: OutboxQueue,
  ) {}

  async run(): Promise<ReconciliationResult> {
    const result: ReconciliationResult = { missing: 0, stale: 0, extra: 0 };
    for (const type of SEARCH_TYPES) {
      const indexed = await this.indexed(type);
      const inFlight = await this.queue.pendingEntityIds(type);
      const upserts: string[] = [];
      let afterId: string | null = null;
      for (;;) {
        const page = await this.sources.page(type, afterId, PAGE_SIZE);
        if (!page.length) break;
        for (const document of page) {
          const found = indexed.get(document.entityId);
          indexed.delete(document.entityId);
          if (found === documentFingerprint(document) || inFlight.has(document.entityId)) continue;
          upserts.push(document.entityId);
          result[found ? 'stale' : 'missing'] += 1;
        }
        afterId = page[page.length - 1].entityId;
      }
      // What is left in the index has no indexable row behind it.
      const deletes = [...indexed.keys()].filter((entityId) => !inFlight.has(entityId));
      result.extra += deletes.length;
      await this.queue.enqueueMany(type, upserts, 'upsert');
      await this.queue.enqueueMany(type, deletes, 'delete');
    }
    return result;
  }

  /** Fingerprints of the type's documents in the index, by entity id. */
  private async indexed(type: SearchType): Promise<Map<string, string>> {
    const fingerprints = new Map<string, string>();
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const { results } = await this.searchIndex
        .index()
        .getDocuments({ filter: `type = "${type}"`, limit: PAGE_SIZE, offset });
      for (const document of results) fingerprints.set(document.entityId, documentFingerprint(document));
      if (results.length < PAGE_SIZE) return fingerprints;
    }
  }
}
