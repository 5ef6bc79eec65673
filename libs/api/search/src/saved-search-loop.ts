import { Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { BackgroundLoop } from '@videnbro/background';
import { SavedSearchJob } from './saved-search-job';

/** How often the worker checks the saved searches; the first run is one interval after start. */
const EVERY_MS = 60_000;

/**
 * Runs the saved-search job in the worker every minute. Nothing rides on the timer: what was checked
 * is in the watermarks, so a run that fails or a worker that stops leaves the work to the next run.
 */
@Injectable()
export class SavedSearchLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SavedSearchLoop');
  private readonly loop = new BackgroundLoop(() => this.runOnce());

  constructor(private readonly job: SavedSearchJob) {}

  onApplicationBootstrap(): void {
    this.loop.start(EVERY_MS);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  private async runOnce(): Promise<number> {
    try {
      const run = await this.job.run();
      if (run.notices) this.logger.log(`Saved searches: ${run.searches} checked, ${run.notices} notices`);
    } catch (error) {
      this.logger.warn(
        `Saved-search job failed, next run in ${EVERY_MS / 1000} s: ${(error as Error).message}`,
      );
    }
    return EVERY_MS;
  }
}
