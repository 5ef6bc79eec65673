import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationDelivery, NotificationKind } from '@videnbro/domain';
import { DataSource, IsNull } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Notification, NotificationPreference } from './entities';
import type { StoredDelivery } from './entities';
import type { Notice, WrittenNotice } from './notice';

export interface NewNotification extends Notice {
  delivery: StoredDelivery;
}

/** The notifications tables: writes through the caller's transaction, a user's own rows for the centre. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The kinds the users chose a delivery for, keyed `userId:kind`. */
  async chosenDeliveries(
    manager: EntityManager,
    userIds: string[],
  ): Promise<Map<string, NotificationDelivery>> {
    const rows: { userId: string; kind: NotificationKind; delivery: NotificationDelivery }[] =
      await manager.query(
        `select user_id as "userId", kind, delivery from notification_preferences where user_id = any($1::uuid[])`,
        [userIds],
      );
    return new Map(rows.map((row) => [`${row.userId}:${row.kind}`, row.delivery]));
  }

  /** Inserts in one statement; rows whose (user, dedupe key) exists already are left out. */
  async insertNew(manager: EntityManager, rows: NewNotification[]): Promise<WrittenNotice[]> {
    if (!rows.length) return [];
    return manager.query(
      `insert into notifications (user_id, kind, link, params, dedupe_key, delivery, mailed_at)
       select user_id, kind, link, params, dedupe_key, delivery, case when mailed then now() end
         from unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::jsonb[], $5::varchar[], $6::varchar[],
                     $7::boolean[]) as n(user_id, kind, link, params, dedupe_key, delivery, mailed)
       on conflict (user_id, dedupe_key) do nothing
       returning id, user_id as "userId", kind, dedupe_key as "dedupeKey", delivery`,
      [
        rows.map((row) => row.userId),
        rows.map((row) => row.kind),
        rows.map((row) => row.link),
        rows.map((row) => JSON.stringify(row.params)),
        rows.map((row) => row.dedupeKey),
        rows.map((row) => row.delivery),
        rows.map((row) => row.delivery === 'email' && row.mailedByCaller === true),
      ],
    );
  }

  /** A user's notifications, newest first. */
  async page(
    userId: string,
    unreadOnly: boolean,
    page: number,
    limit: number,
  ): Promise<{ items: Notification[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(Notification).findAndCount({
      where: { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * limit,
      take: limit,
    });
    return { items, total };
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ userId, readAt: IsNull() });
  }

  /** Marks the user's notification read (the first reading counts); null when it is not theirs. */
  async markRead(userId: string, id: string): Promise<Notification | null> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `update notifications set read_at = coalesce(read_at, now()) where id = $1 and user_id = $2 returning id`,
      [id, userId],
    );
    return rows.length ? this.dataSource.getRepository(Notification).findOneBy({ id }) : null;
  }

  async markAllRead(userId: string): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `update notifications set read_at = now() where user_id = $1 and read_at is null`,
      [userId],
    );
    return count;
  }

  async preferencesOf(userId: string): Promise<NotificationPreference[]> {
    return this.dataSource.getRepository(NotificationPreference).findBy({ userId });
  }

  /** Sets the kinds' deliveries in one statement. */
  async setPreferences(
    userId: string,
    choices: { kind: NotificationKind; delivery: NotificationDelivery }[],
  ) {
    if (!choices.length) return;
    await this.dataSource.query(
      `insert into notification_preferences (user_id, kind, delivery)
       select $1, kind, delivery from unnest($2::varchar[], $3::varchar[]) as c(kind, delivery)
       on conflict (user_id, kind) do update set delivery = excluded.delivery`,
      [userId, choices.map((c) => c.kind), choices.map((c) => c.delivery)],
    );
  }
}
