import { Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { OutboxRelay, SearchUnavailableError } from './outbox-relay';
import { OutboxQueue } from '@videnbro/outbox';
import { SearchIndex } from './search-index';
import { SearchReconciliation } from './search-reconciliation';

/** How often an idle relay looks for new rows. */
const POLL_MS = 500;
/** The pause after a failed pass doubles from this up to the maximum, and resets after a good pass. */
const BACKOFF_MIN_MS = 1_000;
const BACKOFF_MAX_MS = 30_000;
/** How often one of the workers compares the index with the database (and once at start). */
const RECONCILE_EVERY_MS = 30 * 60_000;
const RECONCILE_RETRY_MS = 60_000;

/**
 * Runs the outbox relay in the worker from start to shutdown: applies the index settings (again
 * after every outage: they are idempotent), then passes in a loop, with exponential backoff while
 * Meilisearch or the database is away, and reconciles the index with the database at start and
 * every half hour. Shutdown waits for the pass in flight.
 */
@Injectable()
export class RelayLoop implements BeforeApplicationShutdown, OnApplicationBootstrap {
  private readonly logger = new Logger('RelayLoop');
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly searchIndex: SearchIndex,
    private readonly reconciliation: SearchReconciliation,
    private readonly queue: OutboxQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    let prepared = false;
    let backoff = 0;
    let nextReconciliation = 0;
    while (this.running) {
      try {
        if (!prepared) {
          await this.searchIndex.prepare();
          prepared = true;
          this.logger.log(`Search index ${this.searchIndex.uid} ready`);
        }
        if (Date.now() >= nextReconciliation) {
          // A failed reconciliation must not hold up the relay: it is tried again a minute later.
          const reconciled = await this.reconcile();
          nextReconciliation = Date.now() + (reconciled ? RECONCILE_EVERY_MS : RECONCILE_RETRY_MS);
        }
        const pass = await this.relay.runPasses();
        if (backoff) this.logger.log('Search index relay recovered');
        backoff = 0;
        if (pass.claimed)
          this.logger.debug(`Relayed ${pass.relayed}, failed ${pass.failed}, again ${pass.released}`);
        // While rows keep coming, pass again at once.
        if (!pass.claimed) await this.sleep(POLL_MS);
      } catch (error) {
        // After an outage Meilisearch may come back empty (a new volume): prepare and reconcile again.
        if (error instanceof SearchUnavailableError) {
          prepared = false;
          nextReconciliation = 0;
        }
        backoff = Math.min(backoff ? backoff * 2 : BACKOFF_MIN_MS, BACKOFF_MAX_MS);
        this.logger.warn(`Search index relay paused for ${backoff} ms: ${(error as Error).message}`);
        await this.sleep(backoff);
      }
    }
  }

  /** One worker at a time; the repairs are outbox rows, which the passes then relay. False when it failed. */
  private async reconcile(): Promise<boolean> {
    try {
      await this.queue.exclusively('search-reconciliation', async () => {
        const { missing, stale, extra } = await this.reconciliation.run();
        if (missing + stale + extra) {
          this.logger.warn(`Search index drift repaired: ${missing} missing, ${stale} stale, ${extra} extra`);
        }
      });
      return true;
    } catch (error) {
      this.logger.warn(`Search index reconciliation failed: ${(error as Error).message}`);
      return false;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
