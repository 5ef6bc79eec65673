import type { AuditRecord } from '@videnbro/audit';
import type { OrganizationKind } from '@videnbro/domain';
import type { EntityManager } from 'typeorm';
import type { RecordType } from './records';

/**
 * The import's SQL: set-based upserts of up to a batch of rows per statement, with their audit
 * entries and outbox rows, all through the caller's transaction. (The features' repositories write
 * one row per statement, which would take a 100,000-line import past its time budget.)
 */

interface Column {
  column: string;
  field: string;
  type: string;
}

const col = (field: string, type: string): Column => ({
  field,
  type,
  column: field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
});

const POSTING_COLUMNS = [
  col('organizationId', 'uuid'),
  col('title', 'varchar'),
  col('description', 'text'),
  col('tags', 'varchar[]'),
  col('formats', 'varchar[]'),
  col('visibility', 'varchar'),
  col('status', 'varchar'),
];

const TABLES: Record<RecordType, { table: string; columns: Column[] }> = {
  organization: {
    table: 'organizations',
    columns: [
      col('kind', 'varchar'),
      col('name', 'varchar'),
      col('cvr', 'char(8)'),
      col('employeeBand', 'varchar'),
      col('industryCodes', 'varchar[]'),
      col('codeSystem', 'varchar'),
      col('country', 'char(2)'),
      col('region', 'varchar'),
      col('municipality', 'varchar'),
      col('city', 'varchar'),
      col('website', 'varchar'),
      col('description', 'text'),
      col('tags', 'varchar[]'),
    ],
  },
  competence: { table: 'competencies', columns: POSTING_COLUMNS },
  need: { table: 'needs', columns: [...POSTING_COLUMNS, col('partnerKinds', 'varchar[]')] },
};

/** The fields an import writes for a record type: what its audit entries compare. */
export const importedFields = (type: RecordType) => TABLES[type].columns.map((column) => column.field);

/**
 * `insert … on conflict (external_id) do update … where <a column differs> and not deleted`: an
 * unchanged row is not written, nor is a soft-deleted one (it stays deleted). One result row per
 * input row: its id, whether it was inserted or updated, and the row as it was before, for the audit.
 */
function upsertSql(table: string, columns: Column[]): string {
  const names = columns.map((column) => column.column);
  const definitions = ['line int', 'external_id varchar', ...columns.map((c) => `${c.column} ${c.type}`)];
  return `
    with input as (select * from jsonb_to_recordset($1::jsonb) as r(${definitions.join(', ')})),
    old as (select t.* from ${table} t where t.external_id in (select external_id from input)),
    up as (
      insert into ${table} as t (external_id, ${names.join(', ')})
      select external_id, ${names.join(', ')} from input
      on conflict (external_id) where external_id is not null do update
        set ${names.map((name) => `${name} = excluded.${name}`).join(', ')}, updated_at = now()
        where t.deleted_at is null
          and (${names.map((name) => `t.${name}`).join(', ')})
            is distinct from (${names.map((name) => `excluded.${name}`).join(', ')})
      returning t.id, t.external_id, (xmax = 0) as inserted
    )
    select input.line, input.external_id as "externalId", coalesce(up.id, old.id) as id,
      up.inserted, (up.id is not null) as written, (old.deleted_at is not null) as deleted,
      to_jsonb(old) as before
    from input left join up on up.external_id = input.external_id
      left join old on old.external_id = input.external_id
    order by input.line`;
}

export interface UpsertInput {
  line: number;
  externalId: string;
  values: Record<string, unknown>;
}

export interface UpsertResult {
  line: number;
  externalId: string;
  id: string;
  /** Null when the row was not written (unchanged or deleted). */
  inserted: boolean | null;
  written: boolean;
  deleted: boolean;
  /** The row before, in the entity's field names; null when it is new. */
  before: Record<string, unknown> | null;
}

/** Upserts rows of one type by externalId (distinct within the call). */
export async function upsertByExternalId(
  manager: EntityManager,
  type: RecordType,
  rows: UpsertInput[],
): Promise<UpsertResult[]> {
  if (!rows.length) return [];
  const { table, columns } = TABLES[type];
  const json = rows.map(({ line, externalId, values }) => {
    const row: Record<string, unknown> = { line, external_id: externalId };
    for (const column of columns) row[column.column] = values[column.field];
    return row;
  });
  const result: (Omit<UpsertResult, 'before'> & { before: Record<string, unknown> | null })[] =
    await manager.query(upsertSql(table, columns), [JSON.stringify(json)]);
  return result.map((row) => ({
    ...row,
    before:
      row.before && Object.fromEntries(columns.map((column) => [column.field, row.before?.[column.column]])),
  }));
}

/** Audit entries and outbox rows for the written records, each as one statement. */
export async function recordWrites(
  manager: EntityManager,
  type: RecordType,
  audits: AuditRecord[],
): Promise<void> {
  if (!audits.length) return;
  // One JSON parameter per statement: parsing and planning thousands of bind parameters would cost
  // more than the inserts themselves.
  await manager.query(
    `insert into audit_entries (actor_user_id, entity_type, entity_id, action, changes)
     select actor_user_id, entity_type, entity_id, action, changes
     from jsonb_to_recordset($1::jsonb)
       as r(actor_user_id uuid, entity_type varchar, entity_id uuid, action varchar, changes jsonb)`,
    [
      JSON.stringify(
        audits.map((audit) => ({
          ...audit,
          actor_user_id: audit.actorUserId,
          entity_type: audit.entityType,
          entity_id: audit.entityId,
        })),
      ),
    ],
  );
  await manager.query(
    `insert into outbox_events (entity_type, entity_id, operation) select $1, id, 'upsert' from unnest($2::uuid[]) as id`,
    [type, audits.map((audit) => audit.entityId)],
  );
}

/** The externalIds of live organisations holding these CVR numbers (null for one without). */
export async function cvrHolders(
  manager: EntityManager,
  cvrs: string[],
): Promise<Map<string, string | null>> {
  if (!cvrs.length) return new Map();
  const rows: { cvr: string; external_id: string | null }[] = await manager.query(
    'select cvr, external_id from organizations where cvr = any($1) and deleted_at is null',
    [cvrs],
  );
  return new Map(rows.map((row) => [row.cvr, row.external_id]));
}

/** Live organisations by externalId: the publishers postings refer to. */
export async function organizationsByExternalId(
  manager: EntityManager,
  externalIds: string[],
): Promise<Map<string, { id: string; kind: OrganizationKind }>> {
  if (!externalIds.length) return new Map();
  const rows: { id: string; kind: OrganizationKind; external_id: string }[] = await manager.query(
    'select id, kind, external_id from organizations where external_id = any($1) and deleted_at is null',
    [externalIds],
  );
  return new Map(rows.map((row) => [row.external_id, { id: row.id, kind: row.kind }]));
}
