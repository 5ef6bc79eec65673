import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { NotificationMailer } from './notification-mailer';

/**
 * Runs the notification mailer in the worker, from start to shutdown: every interval it mails the
 * due `email` notifications and sends the digests that are due. Shutdown waits for the pass in flight.
 */
@Injectable()
export class NotificationMailLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('NotificationMailLoop');
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly mailer: NotificationMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    while (this.running) {
      try {
        const mailed = await this.mailer.sendDue();
        const digests = await this.mailer.sendDigests();
        if (mailed.sent || mailed.failed || digests.digests) {
          this.logger.log(
            `Notification mail: ${mailed.sent} sent, ${mailed.failed} failed, ${digests.digests} digest(s)`,
          );
        }
      } catch (error) {
        // The database may be away: the next pass tries again.
        this.logger.warn(`Notification mail paused: ${(error as Error).message}`);
      }
      await this.sleep(this.config.notifications.mailIntervalSeconds * 1000);
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
