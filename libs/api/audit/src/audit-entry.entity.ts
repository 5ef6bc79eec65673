import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What changed in one field; values as JSON (dates as ISO strings). */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

export type Changes = Record<string, FieldChange>;

/**
 * Who changed what, when: one row per write, stored in the transaction of the write itself, so the
 * log can neither miss a committed change nor record one that was rolled back.
 */
@Entity('audit_entries')
@Index('ix_audit_entries_entity', ['entityType', 'entityId', 'occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Wall-clock time of the write (not the transaction's start), so entries of one transaction keep their order. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;

  /** The signed-in user who made the change; null for the system (imports, jobs, the CLI). */
  @Index('ix_audit_entries_actor')
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** e.g. `organization`, `membership`, `invitation`. */
  @Column({ type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  /** e.g. `create`, `update`, `delete`, `approve`. */
  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes!: Changes;
}
