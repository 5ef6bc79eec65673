import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { MeilisearchApiError, Meilisearch, MeilisearchTaskTimeOutError } from 'meilisearch';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EnqueuedTaskPromise, Index, Task } from 'meilisearch';
import { SEARCH_INDEX_SETTINGS } from './index-settings';
import { SEARCH_TYPES } from './search-documents';
import type { SearchDocument, SearchType } from './search-documents';
import type { DesiredDocuments } from './search-sources.repository';

/** How long one Meilisearch task may take before the relay gives up on it (and retries later). */
const TASK_TIMEOUT_MS = 60_000;
const TASK_POLL_MS = 25;

/** A Meilisearch task that ended `failed` or `canceled`: the documents it carried were not taken in. */
export class SearchTaskFailedError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * The search index in Meilisearch: needs, competencies and organisations in one index (one query
 * ranks and pages them together, and its facet counts cover all three).
 */
@Injectable()
export class SearchIndex {
  /** The live index's uid. */
  readonly uid: string;

  constructor(
    readonly client: Meilisearch,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.uid = `${config.meili.indexPrefix}search`;
  }

  index(uid = this.uid): Index<SearchDocument> {
    return this.client.index<SearchDocument>(uid);
  }

  /** Creates the index when missing and applies the settings: a no-op when both are as they should be. */
  async prepare(uid = this.uid): Promise<void> {
    await this.createIfMissing(uid);
    await settle(this.index(uid).updateSettings(SEARCH_INDEX_SETTINGS), this.client);
  }

  /** Makes the index hold the desired documents; resolves once Meilisearch has taken them in. */
  async apply(desired: DesiredDocuments, uid = this.uid): Promise<void> {
    const upserts: SearchDocument[] = [];
    const deletes: string[] = [];
    for (const [id, document] of desired) {
      if (document) upserts.push(document);
      else deletes.push(id);
    }
    // Deletes first: a document id is never both, but the order keeps tasks easy to read in logs.
    if (deletes.length) await settle(this.index(uid).deleteDocuments(deletes), this.client);
    if (upserts.length)
      await settle(this.index(uid).addDocuments(upserts, { primaryKey: 'id' }), this.client);
  }

  /** Documents per type in the index. */
  async counts(uid = this.uid): Promise<Record<SearchType, number>> {
    const result = await this.index(uid).search('', { limit: 0, facets: ['type'] });
    const distribution = result.facetDistribution?.type ?? {};
    return Object.fromEntries(SEARCH_TYPES.map((type) => [type, distribution[type] ?? 0])) as Record<
      SearchType,
      number
    >;
  }

  /** Swaps two indexes' contents atomically (a full reindex swaps its fresh index in). */
  async swap(uid: string, other: string): Promise<void> {
    await settle(this.client.swapIndexes([{ indexes: [uid, other], rename: false }]), this.client);
  }

  async drop(uid: string): Promise<void> {
    try {
      await settle(this.client.deleteIndex(uid), this.client);
    } catch (error) {
      if (!(error instanceof SearchTaskFailedError && error.code === 'index_not_found')) throw error;
    }
  }

  private async createIfMissing(uid: string): Promise<void> {
    try {
      await this.client.getRawIndex(uid);
      return;
    } catch (error) {
      if (!(error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')) throw error;
    }
    try {
      await settle(this.client.createIndex(uid, { primaryKey: 'id' }), this.client);
    } catch (error) {
      // Another worker may have created it in the meantime: that is as good.
      if (!(error instanceof SearchTaskFailedError && error.code === 'index_already_exists')) throw error;
    }
  }
}

/**
 * Waits for the task and fails unless it succeeded. Polls itself: the client's own wait leaves its
 * timeout timer running when a request fails, which holds a stopping process open for a minute.
 */
async function settle(enqueued: EnqueuedTaskPromise, client: Meilisearch): Promise<Task> {
  const { taskUid } = await enqueued;
  const deadline = Date.now() + TASK_TIMEOUT_MS;
  for (;;) {
    const task = await client.tasks.getTask(taskUid);
    if (task.status === 'succeeded') return task;
    if (task.status !== 'enqueued' && task.status !== 'processing') throw taskFailed(task);
    if (Date.now() > deadline) throw new MeilisearchTaskTimeOutError(taskUid, TASK_TIMEOUT_MS);
    await sleep(TASK_POLL_MS);
  }
}

function taskFailed(task: Task): SearchTaskFailedError {
  return new SearchTaskFailedError(
    `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no reason given'}`,
    task.error?.code,
  );
}
