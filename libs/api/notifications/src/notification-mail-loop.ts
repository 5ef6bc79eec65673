import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { BackgroundLoop } from '@videnbro/background';
import { NotificationMailer } from './notification-mailer';

/**
 * Runs the notification mailer in the worker, from start to shutdown: every interval it mails the
 * due `email` notifications and sends the digests that are due. Shutdown waits for the pass in flight.
 */
@Injectable()
export class NotificationMailLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('NotificationMailLoop');
  private readonly loop = new BackgroundLoop(() => this.pass());

  constructor(
    private readonly mailer: NotificationMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  private async pass(): Promise<number> {
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
    return this.config.notifications.mailIntervalSeconds * 1000;
  }
}
