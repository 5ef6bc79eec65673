import { Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
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
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly job: SavedSearchJob) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.runOnce().finally(() => (this.running = undefined));
    }, EVERY_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async runOnce(): Promise<void> {
    try {
      const run = await this.job.run();
      if (run.notices) this.logger.log(`Saved searches: ${run.searches} checked, ${run.notices} notices`);
    } catch (error) {
      this.logger.warn(
        `Saved-search job failed, next run in ${EVERY_MS / 1000} s: ${(error as Error).message}`,
      );
    }
  }
}
