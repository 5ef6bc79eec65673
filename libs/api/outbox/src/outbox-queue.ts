import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OutboxEntityType, OutboxOperation } from './outbox-event.entity';

/** A row claims give out: enough to re-read the entity. */
export interface ClaimedEvent {
  id: string;
  entityType: OutboxEntityType;
  entityId: string;
  operation: OutboxOperation;
  attempts: number;
}

/** After this many failed attempts a row is no longer retried; it stays, with its error, for a person. */
export const MAX_ATTEMPTS = 8;

export interface OutboxStatus {
  /** Rows still to be relayed (retries included). */
  pending: number;
  /** Rows that failed MAX_ATTEMPTS times and wait for a person. */
  failed: number;
  /** Seconds since the oldest pending row was written (0 when none). */
  lagSeconds: number;
  /** The error of the most recent row that is still waiting with one. */
  lastError: string | null;
}

/**
 * The relay's side of the outbox. Several relays may run at once: a claim takes rows with
 * `FOR UPDATE SKIP LOCKED` and leases them (pushes their `available_at` past the lease), so no other
 * relay takes them while this one works, and a relay that dies lets them go when the lease ends.
 */
@Injectable()
export class OutboxQueue {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claim(limit: number, leaseSeconds: number): Promise<ClaimedEvent[]> {
    const [rows]: [ClaimedEvent[], number] = await this.dataSource.query(
      `update outbox_events set available_at = now() + make_interval(secs => $3)
        where id in (select id from outbox_events
                      where processed_at is null and attempts < $2 and available_at <= now()
                      order by available_at, id limit $1 for update skip locked)
        returning id::text, entity_type as "entityType", entity_id::text as "entityId", operation, attempts`,
      [limit, MAX_ATTEMPTS, leaseSeconds],
    );
    return rows.sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** The rows are relayed. */
  async complete(ids: string[]): Promise<void> {
    await this.dataSource.query(
      `update outbox_events set processed_at = now(), last_error = null where id = any($1::bigint[])`,
      [ids],
    );
  }

  /**
   * The rows themselves failed: count the attempt, keep the error, and retry after an exponential
   * backoff (base · 2^attempts seconds, at most maxSeconds).
   */
  async fail(ids: string[], error: string, baseSeconds: number, maxSeconds: number): Promise<void> {
    await this.dataSource.query(
      `update outbox_events set attempts = attempts + 1, last_error = $2,
              available_at = now() + make_interval(secs => least($3 * power(2, attempts), $4))
        where id = any($1::bigint[])`,
      [ids, error, baseSeconds, maxSeconds],
    );
  }

  /**
   * Hands the rows back without counting an attempt: the search engine was unreachable, or the
   * entity changed while it was relayed. They are due again after `delaySeconds`.
   */
  async release(ids: string[], delaySeconds: number, error: string | null): Promise<void> {
    await this.dataSource.query(
      `update outbox_events set available_at = now() + make_interval(secs => $2),
              last_error = coalesce($3, last_error)
        where id = any($1::bigint[])`,
      [ids, delaySeconds, error],
    );
  }

  /** The entities of a type with a row still to be relayed (failed ones aside): changes in flight. */
  async pendingEntityIds(entityType: OutboxEntityType): Promise<Set<string>> {
    const rows: { entity_id: string }[] = await this.dataSource.query(
      `select distinct entity_id from outbox_events
        where processed_at is null and attempts < $2 and entity_type = $1`,
      [entityType, MAX_ATTEMPTS],
    );
    return new Set(rows.map((row) => row.entity_id));
  }

  /** Enqueues work outside a change's transaction: for repairs found by reconciliation. */
  async enqueueMany(
    entityType: OutboxEntityType,
    entityIds: string[],
    operation: OutboxOperation,
  ): Promise<void> {
    if (!entityIds.length) return;
    await this.dataSource.query(
      `insert into outbox_events (entity_type, entity_id, operation) select $1, unnest($2::uuid[]), $3`,
      [entityType, entityIds, operation],
    );
  }

  /**
   * Runs work unless another process runs the same job (a transaction-scoped advisory lock): for jobs
   * that one of several workers should do. Returns false when it was skipped.
   */
  async exclusively(job: string, work: () => Promise<void>): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`select pg_try_advisory_xact_lock(hashtext($1)) as locked`, [
        job,
      ]);
      if (!locked) return false;
      await work();
      return true;
    });
  }

  /** Makes rows relayed since `since` due again (a reindex swapped out the index they went to). */
  async reopenProcessedSince(since: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `update outbox_events set processed_at = null, available_at = now() where processed_at >= $1`,
      [since],
    );
    return count;
  }

  /**
   * Deletes the rows processed more than `keepDays` ago: the table would otherwise keep every change
   * ever made. What reads processed rows (the saved-search job, a reindex) looks back minutes to hours.
   */
  async pruneProcessed(keepDays: number): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `delete from outbox_events where processed_at < now() - make_interval(days => $1)`,
      [keepDays],
    );
    return count;
  }

  async status(): Promise<OutboxStatus> {
    const [row] = await this.dataSource.query(
      `select count(*) filter (where attempts < $1)::int as pending,
              count(*) filter (where attempts >= $1)::int as failed,
              coalesce(extract(epoch from now() - min(created_at) filter (where attempts < $1))::float8, 0)
                as "lagSeconds",
              (select last_error from outbox_events where processed_at is null and last_error is not null
                order by id desc limit 1) as "lastError"
         from outbox_events where processed_at is null`,
      [MAX_ATTEMPTS],
    );
    return row;
  }
}
