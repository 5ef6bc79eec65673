import type { NotificationKind } from '@videnbro/domain';
import { NOTIFICATION_KIND_IDS } from '@videnbro/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { inList, USER_ENTITY } from './refs';

/** How a notification goes out, fixed when it is written (an `off` preference writes none). */
export const STORED_DELIVERIES = ['in_app', 'email', 'digest'] as const;
export type StoredDelivery = (typeof STORED_DELIVERIES)[number];

/**
 * The facts a notification's texts need (names, stage, decision). Never contact persons before
 * consent, and never a decline reason: params are shown and mailed to the recipient as they are.
 */
export type NotificationParams = Record<string, string | number | boolean | null>;

/**
 * One thing a user is told about. Written in the transaction of the change it announces; unique per
 * user and dedupe key, so a retried or repeated change announces once. `email` and `digest` rows
 * wait for the mailers (`mailed_at`); the mail columns are their lease and retry state.
 */
@Entity('notifications')
@Index('uq_notifications_user_dedupe', ['userId', 'dedupeKey'], { unique: true })
@Index('ix_notifications_user', ['userId', 'createdAt'])
// What the mailers scan: rows still to mail, soonest due first.
@Index('ix_notifications_unmailed', ['delivery', 'mailAvailableAt'], {
  where: `"mailed_at" IS NULL AND "delivery" <> 'in_app'`,
})
@Check('ck_notifications_kind', inList('kind', NOTIFICATION_KIND_IDS))
@Check('ck_notifications_delivery', inList('delivery', STORED_DELIVERIES))
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(USER_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Column({ type: 'varchar', length: 30 })
  kind!: NotificationKind;

  /** An app path, such as `/cases/<id>`. */
  @Column({ type: 'varchar', length: 300 })
  link!: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  params!: NotificationParams;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey!: string;

  /** clock_timestamp(), not now(): the notifications of one transaction keep their order. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ type: 'varchar', length: 10 })
  delivery!: StoredDelivery;

  @Column({ type: 'timestamptz', nullable: true })
  mailedAt!: Date | null;

  /** Not before this time: a mailer's lease, or the backoff after a failed send. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  mailAvailableAt!: Date;

  @Column({ type: 'int', default: 0 })
  mailAttempts!: number;

  @Column({ type: 'text', nullable: true })
  mailError!: string | null;
}
