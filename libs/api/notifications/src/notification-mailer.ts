import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { MailPort } from '@videnbro/mail';
import { NotificationMailRepository } from './notification-mail.repository';
import type { PendingMail } from './notification-mail.repository';
import { digestMail, notificationMail } from './notification-mails';

const BATCH = 50;
/** Longer than any send takes: a claimed row is not claimed again while its mail is on its way. */
const LEASE_SECONDS = 300;
const RETRY_BASE_SECONDS = 30;
const RETRY_MAX_SECONDS = 3600;

const recipientOf = (mail: PendingMail) => ({ email: mail.email, name: mail.name, locale: mail.locale });

/**
 * The worker's notification mail: each `email` notification once, as soon as possible, and each
 * user's `digest` notifications in one mail a day. Any number of workers may run both side by side.
 * A row is marked mailed right after its send: a worker that dies in between sends it again when the
 * lease ends (at least once); a failed send is retried with backoff.
 */
@Injectable()
export class NotificationMailer {
  private readonly logger = new Logger('NotificationMailer');

  constructor(
    private readonly repository: NotificationMailRepository,
    private readonly mail: MailPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mails claimed batches of `email` notifications until none is due. */
  async sendDue(): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    for (;;) {
      const claimed = await this.repository.claimEmails(BATCH, LEASE_SECONDS);
      for (const pending of claimed) {
        try {
          await this.mail.send(notificationMail(recipientOf(pending), pending, this.config.publicUrl));
        } catch (error) {
          failed++;
          this.logger.warn(`A notification mail could not be sent: ${(error as Error).message}`);
          await this.repository.failMail(
            pending.id,
            (error as Error).message,
            RETRY_BASE_SECONDS,
            RETRY_MAX_SECONDS,
          );
          continue;
        }
        await this.repository.markMailed([pending.id]);
        sent++;
      }
      if (claimed.length < BATCH) return { sent, failed };
    }
  }

  /**
   * Sends each user with waiting `digest` notifications their digest of the day, from the digest hour
   * on (Europe/Copenhagen), once a day: the claim, the send and the marks commit together, so a failed
   * send leaves everything for the next run.
   */
  async sendDigests(now: Date = new Date()): Promise<{ digests: number; notifications: number }> {
    const { day, hour } = copenhagen(now);
    let digests = 0;
    let notifications = 0;
    if (hour < this.config.notifications.digestHour) return { digests, notifications };
    for (const userId of await this.repository.digestUsers(day)) {
      try {
        const count = await this.repository.transaction(async (manager) => {
          // Rows first: a claim is written only for a digest with something in it.
          const items = await this.repository.digestItems(manager, userId);
          if (!items.length || !(await this.repository.claimDigest(manager, userId, day))) return 0;
          await this.mail.send(digestMail(recipientOf(items[0]), items, this.config.publicUrl));
          await this.repository.markMailed(
            items.map((item) => item.id),
            manager,
          );
          return items.length;
        });
        if (count) {
          digests++;
          notifications += count;
        }
      } catch (error) {
        this.logger.warn(`A notification digest could not be sent: ${(error as Error).message}`);
      }
    }
    return { digests, notifications };
  }
}

/** The calendar day (YYYY-MM-DD) and the hour in Denmark. */
export function copenhagen(now: Date): { day: string; hour: number } {
  const zone = { timeZone: 'Europe/Copenhagen' } as const;
  return {
    day: now.toLocaleDateString('sv-SE', zone),
    hour: Number(now.toLocaleString('en-GB', { ...zone, hour: '2-digit', hourCycle: 'h23' })),
  };
}
