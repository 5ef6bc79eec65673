import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, NotificationKind } from '@videnbro/domain';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { NotificationParams } from './entities';

/** A notification to mail, with its recipient. */
export interface PendingMail {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
  email: string;
  name: string;
  locale: Locale;
}

/** After this many failed sends a notification is no longer mailed; its error stays on the row. */
export const MAX_MAIL_ATTEMPTS = 8;

const PENDING_COLUMNS = `n.id, n.kind, n.params, n.link, u.email, u.name, u.locale`;

/** The mailers' side of the notifications table. */
@Injectable()
export class NotificationMailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims `email` notifications not yet mailed: `FOR UPDATE SKIP LOCKED`, then a lease (their
   * `mail_available_at` moves past it), so no other mailer takes them while this one sends, and a
   * mailer that dies lets them go when the lease ends.
   */
  async claimEmails(limit: number, leaseSeconds: number): Promise<PendingMail[]> {
    return this.dataSource.query(
      `with claimed as (
         update notifications set mail_available_at = now() + make_interval(secs => $3)
          where id in (select id from notifications
                        where delivery = 'email' and mailed_at is null and mail_attempts < $2
                          and mail_available_at <= now()
                        order by mail_available_at, id limit $1 for update skip locked)
          returning id, user_id, kind, params, link)
       select ${PENDING_COLUMNS} from claimed n join users u on u.id = n.user_id order by n.id`,
      [limit, MAX_MAIL_ATTEMPTS, leaseSeconds],
    );
  }

  async markMailed(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `update notifications set mailed_at = now(), mail_error = null where id = any($1::uuid[])`,
      [ids],
    );
  }

  /** The send failed: count it, keep the error, retry after base · 2^attempts seconds (at most max). */
  async failMail(id: string, error: string, baseSeconds: number, maxSeconds: number): Promise<void> {
    await this.dataSource.query(
      `update notifications set mail_attempts = mail_attempts + 1, mail_error = $2,
              mail_available_at = now() + make_interval(secs => least($3 * power(2, mail_attempts), $4))
        where id = $1`,
      [id, error.slice(0, 1000), baseSeconds, maxSeconds],
    );
  }

  /** Users with `digest` notifications waiting and no digest yet on the day. */
  async digestUsers(day: string): Promise<string[]> {
    const rows: { userId: string }[] = await this.dataSource.query(
      `select distinct n.user_id as "userId" from notifications n
        where n.delivery = 'digest' and n.mailed_at is null
          and not exists (select 1 from notification_digests d where d.user_id = n.user_id and d.day = $1)`,
      [day],
    );
    return rows.map((row) => row.userId);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Claims the user's digest of the day: false when it was sent already (or another worker is
   * sending it: the insert waits for that one's transaction, then finds the row).
   */
  async claimDigest(manager: EntityManager, userId: string, day: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `insert into notification_digests (user_id, day) values ($1, $2) on conflict do nothing returning user_id`,
      [userId, day],
    );
    return rows.length > 0;
  }

  /** The user's waiting `digest` notifications, oldest first, locked until the digest commits. */
  async digestItems(manager: EntityManager, userId: string): Promise<PendingMail[]> {
    return manager.query(
      `select ${PENDING_COLUMNS} from notifications n join users u on u.id = n.user_id
        where n.user_id = $1 and n.delivery = 'digest' and n.mailed_at is null
        order by n.created_at, n.id for update of n`,
      [userId],
    );
  }
}
