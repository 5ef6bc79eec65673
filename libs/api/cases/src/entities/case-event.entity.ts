import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Case } from './case.entity';
import { inList, USER_ENTITY } from './refs';

export const CASE_EVENT_KINDS = [
  'created',
  'joined',
  'stage_changed',
  'owner_changed',
  'next_action_changed',
  'outcome_changed',
  'handed_over',
  'consent_requested',
  'consent_accepted',
  'consent_declined',
  'note',
  'message',
  'email_sent',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/**
 * The case's timeline: everything that happened, each row written in the transaction of the change
 * (an email_sent row right after the mail left: mail is sent only after its change committed).
 * Notes and messages are events with a body; who may read which kinds is decided in CaseScope.
 */
@Entity('case_events')
@Index('ix_case_events_case', ['caseId', 'occurredAt'])
@Check('ck_case_events_kind', inList('kind', CASE_EVENT_KINDS))
export class CaseEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  /** clock_timestamp(), not now(): the events of one transaction keep their order. */
  @CreateDateColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ManyToOne(USER_ENTITY, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id' })
  actor?: { id: string; name: string } | null;

  @Column({ type: 'varchar', length: 25 })
  kind!: CaseEventKind;

  /** The text of a note or message. */
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /** What changed: { from, to } of a stage, the party of a consent, the recipients' count of a mail. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, unknown>;
}
