import { Injectable, Logger } from '@nestjs/common';
import { OutboxQueue } from '@videnbro/outbox';
import type { ClaimedEvent } from '@videnbro/outbox';
import { MeilisearchApiError, MeilisearchError } from 'meilisearch';
import { isDeepStrictEqual } from 'node:util';
import { SEARCH_TYPES } from './search-documents';
import { SearchIndex } from './search-index';
import { SearchSourcesRepository } from './search-sources.repository';
import type { EntityRefs } from './search-sources.repository';

export interface RelayOptions {
  /** Rows per claim. */
  batchSize: number;
  /**
   * Passes run side by side (their claims never overlap): while Meilisearch takes in one batch, the
   * next is read and queued, so the engine never waits for us.
   */
  passesAtOnce: number;
  /** How long a claim keeps other relays off its rows; longer than one batch can take. */
  leaseSeconds: number;
  /** Backoff of a failing row: base · 2^attempts seconds, at most max. */
  retryBaseSeconds: number;
  retryMaxSeconds: number;
}

export const DEFAULT_RELAY_OPTIONS: RelayOptions = {
  batchSize: 500,
  passesAtOnce: 2,
  leaseSeconds: 120,
  retryBaseSeconds: 2,
  retryMaxSeconds: 600,
};

/** Meilisearch could not be reached or did not answer: nothing is wrong with the rows themselves. */
export class SearchUnavailableError extends Error {}

/** What one pass did: rows relayed, rows failed, rows handed back for later. */
export interface RelayPass {
  claimed: number;
  relayed: number;
  failed: number;
  released: number;
}

/**
 * Relays the outbox to the search index. A pass claims a batch, re-reads the current rows behind it
 * (the operation in the row is only a hint: what the database holds now decides between upsert and
 * delete), brings the index in line, waits for Meilisearch to take it in, and marks the rows done.
 *
 * Two relays can read the same entity at different moments and push in the wrong order. So after
 * its push a relay reads once more: if anything changed meanwhile, it hands its rows back to be
 * relayed again rather than mark a possibly stale document done.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');

  constructor(
    private readonly queue: OutboxQueue,
    private readonly sources: SearchSourcesRepository,
    private readonly searchIndex: SearchIndex,
  ) {}

  /** One pass. Throws SearchUnavailableError (rows handed back) when Meilisearch is unreachable. */
  async runOnce(options: RelayOptions = DEFAULT_RELAY_OPTIONS): Promise<RelayPass> {
    const claimed = await this.queue.claim(options.batchSize, options.leaseSeconds);
    const pass: RelayPass = { ...noPass(), claimed: claimed.length };
    const unknown = claimed.filter((event) => !isSearchType(event.entityType));
    if (unknown.length) await this.failRows(unknown, 'Unknown entity type', pass, options);
    const events = claimed.filter((event) => isSearchType(event.entityType));
    if (!events.length) return pass;
    try {
      await this.relay(events, pass);
    } catch (error) {
      if (events.length === 1 || isUnavailable(error)) await this.handleFailure(events, error, pass, options);
      // One bad row must not hold back the others: relay them one by one to find it.
      else for (const event of events) await this.relayAlone(event, pass, options);
    }
    return pass;
  }

  /**
   * `passesAtOnce` passes side by side, their figures added up. Waits for all of them, then throws the
   * first failure, if any (so no pass is still running when the caller stops).
   */
  async runPasses(options: RelayOptions = DEFAULT_RELAY_OPTIONS): Promise<RelayPass> {
    const passes = await Promise.allSettled(
      Array.from({ length: options.passesAtOnce }, () => this.runOnce(options)),
    );
    const total = noPass();
    for (const pass of passes) {
      if (pass.status === 'rejected') throw pass.reason;
      addPass(total, pass.value);
    }
    return total;
  }

  /** Passes until no row is due. */
  async drain(options: RelayOptions = DEFAULT_RELAY_OPTIONS): Promise<RelayPass> {
    const total = noPass();
    for (;;) {
      const pass = await this.runPasses(options);
      addPass(total, pass);
      if (!pass.claimed) return total;
    }
  }

  private async relayAlone(event: ClaimedEvent, pass: RelayPass, options: RelayOptions) {
    try {
      await this.relay([event], pass);
    } catch (error) {
      await this.handleFailure([event], error, pass, options);
    }
  }

  /** Unreachable search: hand the rows back and stop the pass. Anything else: count it against the rows. */
  private async handleFailure(
    events: ClaimedEvent[],
    error: unknown,
    pass: RelayPass,
    options: RelayOptions,
  ) {
    if (isUnavailable(error)) {
      await this.queue.release(ids(events), 0, `Search unavailable: ${messageOf(error)}`);
      throw new SearchUnavailableError(messageOf(error));
    }
    await this.failRows(events, messageOf(error), pass, options);
  }

  private async failRows(events: ClaimedEvent[], error: string, pass: RelayPass, options: RelayOptions) {
    await this.queue.fail(ids(events), error, options.retryBaseSeconds, options.retryMaxSeconds);
    pass.failed += events.length;
    for (const event of events) {
      this.logger.warn(`Outbox row ${event.id} (${event.entityType} ${event.entityId}) failed: ${error}`);
    }
  }

  private async relay(events: ClaimedEvent[], pass: RelayPass): Promise<void> {
    const refs = refsOf(events);
    const desired = await this.sources.desiredDocuments(refs);
    await this.searchIndex.apply(desired);
    const now = await this.sources.desiredDocuments(refs);
    if (isDeepStrictEqual(desired, now)) {
      await this.queue.complete(ids(events));
      pass.relayed += events.length;
    } else {
      await this.queue.release(ids(events), 0, null);
      pass.released += events.length;
    }
  }
}

const noPass = (): RelayPass => ({ claimed: 0, relayed: 0, failed: 0, released: 0 });

function addPass(total: RelayPass, pass: RelayPass): void {
  for (const key of Object.keys(total) as (keyof RelayPass)[]) total[key] += pass[key];
}

function refsOf(events: ClaimedEvent[]): EntityRefs {
  const refs: EntityRefs = { need: [], competence: [], organization: [] };
  for (const event of events) {
    if (!refs[event.entityType].includes(event.entityId)) refs[event.entityType].push(event.entityId);
  }
  return refs;
}

const isSearchType = (type: string) => (SEARCH_TYPES as readonly string[]).includes(type);

const ids = (events: ClaimedEvent[]) => events.map((event) => event.id);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Errors of reaching Meilisearch (refused connection, timeouts, 5xx) rather than of the documents:
 * they say nothing about the rows, so no attempt is counted against them.
 */
function isUnavailable(error: unknown): boolean {
  if (error instanceof MeilisearchApiError) return error.response.status >= 500;
  return error instanceof MeilisearchError;
}
