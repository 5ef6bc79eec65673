import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const OUTBOX_ENTITY_TYPES = ['organization', 'need', 'competence'] as const;
export type OutboxEntityType = (typeof OUTBOX_ENTITY_TYPES)[number];

export const OUTBOX_OPERATIONS = ['upsert', 'delete'] as const;
export type OutboxOperation = (typeof OUTBOX_OPERATIONS)[number];

// TypeORM compares check constraints by name only: rename the check when its list changes.
const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;

/**
 * A change the search index has yet to take in, written in the same transaction as the change itself
 * (the transactional outbox). The relay in the worker claims pending rows, re-reads the entity and
 * upserts or deletes its document, so rows are idempotent and their order does not matter.
 */
@Entity('outbox_events')
@Check('ck_outbox_events_operation', inList('operation', OUTBOX_OPERATIONS))
// What the relay scans: rows not yet processed, oldest available first.
@Index('ix_outbox_events_pending', ['availableAt', 'id'], { where: '"processed_at" IS NULL' })
// What the saved-search job scans: the rows processed in a span of time.
@Index('ix_outbox_events_processed', ['processedAt'], { where: '"processed_at" IS NOT NULL' })
export class OutboxEvent {
  /** A bigint: returned as a string by the driver. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  entityType!: OutboxEntityType;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'varchar', length: 10 })
  operation!: OutboxOperation;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Not before this time (the relay pushes it back when it retries with backoff). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
