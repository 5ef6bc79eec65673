import type { NotificationDelivery, NotificationKind } from '@videnbro/domain';
import { NOTIFICATION_DELIVERY_IDS, NOTIFICATION_KIND_IDS } from '@videnbro/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { inList, USER_ENTITY } from './refs';

/** A user's choice for one kind. No row: the kind's default (DEFAULT_NOTIFICATION_DELIVERY). */
@Entity('notification_preferences')
@Check('ck_notification_preferences_kind', inList('kind', NOTIFICATION_KIND_IDS))
@Check('ck_notification_preferences_delivery', inList('delivery', NOTIFICATION_DELIVERY_IDS))
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(USER_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 10 })
  delivery!: NotificationDelivery;
}
