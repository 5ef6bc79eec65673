import { Injectable } from '@nestjs/common';
import type { NotificationDelivery, NotificationKind } from '@videnbro/domain';
import type { EntityManager } from 'typeorm';
import type { StoredDelivery } from './entities';
import type { Notice, WrittenNotice } from './notice';

export interface NewNotification extends Notice {
  delivery: StoredDelivery;
}

/** The notifications tables through the caller's transaction (writes) or the given manager. */
@Injectable()
export class NotificationsRepository {
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
}
