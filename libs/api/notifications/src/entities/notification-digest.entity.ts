import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { USER_ENTITY } from './refs';

/**
 * A daily digest sent to a user: its key is the claim that makes the digest go out once per user and
 * Copenhagen day, however many workers run it.
 */
@Entity('notification_digests')
export class NotificationDigest {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(USER_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  /** The day in Europe/Copenhagen. */
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;
}
