import { Injectable, NotFoundException } from '@nestjs/common';
import { DEFAULT_NOTIFICATION_DELIVERY, NOTIFICATION_KIND_IDS } from '@videnbro/domain';
import type { NotificationDelivery, NotificationKind } from '@videnbro/domain';
import type { Notification } from './entities';
import { NotificationsRepository } from './notifications.repository';

export interface PreferenceView {
  kind: NotificationKind;
  delivery: NotificationDelivery;
  isDefault: boolean;
}

/** A user's own notifications and delivery choices: every method reads and changes the caller's rows only. */
@Injectable()
export class NotificationCentre {
  constructor(private readonly repository: NotificationsRepository) {}

  list(userId: string, unreadOnly: boolean, page: number, limit: number) {
    return this.repository.page(userId, unreadOnly, page, limit);
  }

  unreadCount(userId: string): Promise<number> {
    return this.repository.unreadCount(userId);
  }

  /** Another user's notification does not exist for the caller: 404, as for one that does not exist. */
  async markRead(userId: string, id: string): Promise<Notification> {
    const notification = await this.repository.markRead(userId, id);
    if (!notification) throw new NotFoundException('Notification not found');
    return notification;
  }

  markAllRead(userId: string): Promise<number> {
    return this.repository.markAllRead(userId);
  }

  /** Every kind, in the kinds' order, with the user's choice or the kind's default. */
  async preferences(userId: string): Promise<PreferenceView[]> {
    const chosen = new Map((await this.repository.preferencesOf(userId)).map((p) => [p.kind, p.delivery]));
    return NOTIFICATION_KIND_IDS.map((kind) => ({
      kind,
      delivery: chosen.get(kind) ?? DEFAULT_NOTIFICATION_DELIVERY[kind],
      isDefault: !chosen.has(kind),
    }));
  }

  async updatePreferences(
    userId: string,
    changes: Partial<Record<NotificationKind, NotificationDelivery>>,
  ): Promise<PreferenceView[]> {
    const choices = NOTIFICATION_KIND_IDS.flatMap((kind) => {
      const delivery = changes[kind];
      return delivery ? [{ kind, delivery }] : [];
    });
    await this.repository.setPreferences(userId, choices);
    return this.preferences(userId);
  }
}
