import { AuditEntry } from '@videnbro/audit';
import type { AuditRecord } from '@videnbro/audit';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Rows per insert statement: well under Postgres' 65,535 bind parameters for the widest table. */
const CHUNK = 500;

export function chunks<T>(values: T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < values.length; i += size) result.push(values.slice(i, i + size));
  return result;
}

/** The audit record of a row the seed creates (the system is the actor). */
export const created = (
  entityType: string,
  entityId: string,
  changes: AuditRecord['changes'],
): AuditRecord => ({
  actorUserId: null,
  entityType,
  entityId,
  action: 'create',
  changes,
});

/** Audit entries as AuditLog.record writes them, many rows per statement. */
export async function recordAudit(manager: EntityManager, records: AuditRecord[]) {
  for (const chunk of chunks(records)) {
    // `changes` is JSON: TypeORM's deep-partial type cannot follow its index signature.
    await manager.getRepository(AuditEntry).insert(chunk as QueryDeepPartialEntity<AuditEntry>[]);
  }
}
