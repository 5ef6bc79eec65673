import { Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { BackgroundLoop } from '@videnbro/background';
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
/** Processed outbox rows are kept this long (pruned with each reconciliation). */
const KEEP_PROCESSED_DAYS = 30;

/**
 * Runs the outbox relay in the worker from start to shutdown: applies the index settings (again
 * after every outage: they are idempotent), then passes in a loop, with exponential backoff while
 * Meilisearch or the database is away, and reconciles the index with the database (and prunes old
 * processed outbox rows) at start and every half hour. Shutdown waits for the pass in flight.
 */
@Injectable()
export class RelayLoop implements BeforeApplicationShutdown, OnApplicationBootstrap {
  private readonly logger = new Logger('RelayLoop');
  private readonly loop = new BackgroundLoop(() => this.pass());
  private prepared = false;
  private backoff = 0;
  private nextReconciliation = 0;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly searchIndex: SearchIndex,
    private readonly reconciliation: SearchReconciliation,
    private readonly queue: OutboxQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** One turn of the loop; the wait before the next. */
  private async pass(): Promise<number> {
    try {
      if (!this.prepared) {
        await this.searchIndex.prepare();
        this.prepared = true;
        this.logger.log(`Search index ${this.searchIndex.uid} ready`);
      }
      if (Date.now() >= this.nextReconciliation) {
        // A failed reconciliation must not hold up the relay: it is tried again a minute later.
        const reconciled = await this.reconcile();
        this.nextReconciliation = Date.now() + (reconciled ? RECONCILE_EVERY_MS : RECONCILE_RETRY_MS);
      }
      const pass = await this.relay.runPasses();
      if (this.backoff) this.logger.log('Search index relay recovered');
      this.backoff = 0;
      if (pass.claimed)
        this.logger.debug(`Relayed ${pass.relayed}, failed ${pass.failed}, again ${pass.released}`);
      // While rows keep coming, pass again at once.
      return pass.claimed ? 0 : POLL_MS;
    } catch (error) {
      // After an outage Meilisearch may come back empty (a new volume): prepare and reconcile again.
      if (error instanceof SearchUnavailableError) {
        this.prepared = false;
        this.nextReconciliation = 0;
      }
      this.backoff = Math.min(this.backoff ? this.backoff * 2 : BACKOFF_MIN_MS, BACKOFF_MAX_MS);
      this.logger.warn(`Search index relay paused for ${this.backoff} ms: ${(error as Error).message}`);
      return this.backoff;
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
        const pruned = await this.queue.pruneProcessed(KEEP_PROCESSED_DAYS);
        if (pruned)
          this.logger.log(`Outbox: ${pruned} rows processed over ${KEEP_PROCESSED_DAYS} days ago pruned`);
      });
      return true;
    } catch (error) {
      this.logger.warn(`Search index reconciliation failed: ${(error as Error).message}`);
      return false;
    }
  }
}
