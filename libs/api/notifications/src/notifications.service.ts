import { Injectable } from '@nestjs/common';
import { DEFAULT_NOTIFICATION_DELIVERY } from '@videnbro/domain';
import type { EntityManager } from 'typeorm';
import type { Notice, WrittenNotice } from './notice';
import { NotificationsRepository } from './notifications.repository';
import type { NewNotification } from './notifications.repository';

/** Writes notifications. Other features call it inside the transaction of the change they announce. */
@Injectable()
export class NotificationsService {
  constructor(private readonly repository: NotificationsRepository) {}

  /**
   * Writes the notices through the caller's transaction (pass its manager): each with the delivery
   * its user chose for its kind (or the kind's default), none for `off`, none twice for one user and
   * dedupe key. Returns what it wrote.
   */
  async notify(manager: EntityManager, notices: readonly Notice[]): Promise<WrittenNotice[]> {
    if (!notices.length) return [];
    const chosen = await this.repository.chosenDeliveries(manager, [
      ...new Set(notices.map((n) => n.userId)),
    ]);
    const rows: NewNotification[] = [];
    for (const notice of notices) {
      const delivery =
        chosen.get(`${notice.userId}:${notice.kind}`) ?? DEFAULT_NOTIFICATION_DELIVERY[notice.kind];
      if (delivery !== 'off') rows.push({ ...notice, delivery });
    }
    return this.repository.insertNew(manager, rows);
  }
}
