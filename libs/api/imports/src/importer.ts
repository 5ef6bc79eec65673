import { diff } from '@videnbro/audit';
import type { AuditRecord } from '@videnbro/audit';
import type { OrganizationKind } from '@videnbro/domain';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { csvRecord, ImportInputError, parseCsvHeader } from './csv';
import {
  cvrHolders,
  importedFields,
  organizationsByExternalId,
  recordWrites,
  upsertByExternalId,
} from './imports.repository';
import type { UpsertInput, UpsertResult } from './imports.repository';
import { externalIdHint, PUBLISHER_KINDS, RecordError, toRecord } from './records';
import type { ImportRecord, OrganizationRow, PostingRow, RecordType } from './records';

export type ImportFormat = 'jsonl' | 'csv';

export interface ImportProgress {
  lines: number;
  failed: number;
}

export interface ImportOptions {
  /** Validate, resolve and write in a transaction that is rolled back: the report says what would happen. */
  dryRun?: boolean;
  /** One transaction for the whole input: any bad line and nothing is imported. */
  atomic?: boolean;
  format?: ImportFormat;
  /** The admin calling the API; null for the platform (the CLI). */
  actorUserId?: string | null;
  batchSize?: number;
  maxLineLength?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportLineError {
  line: number;
  externalId?: string;
  message: string;
}

export interface ImportedRecord {
  type: RecordType;
  externalId: string;
  /** Null in a dry run for a record that would be created. */
  id: string | null;
}

export interface ImportReport {
  lines: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  dryRun: boolean;
  atomic: boolean;
  /** True when the import wrote nothing because of `atomic` (a bad line) or `dryRun`. */
  rolledBack: boolean;
  errors: ImportLineError[];
  records: ImportedRecord[];
}

export const DEFAULT_BATCH_SIZE = 500;
export const MAX_LINE_LENGTH = 1024 * 1024;
const NOT_UTF8 =
  'not UTF-8 text: the line holds bytes that are not UTF-8 (a Latin-1 or UTF-16 file, or binary data); save the file as UTF-8';

interface Pending<R> {
  line: number;
  row: R;
}

interface Batch {
  organization: Pending<OrganizationRow>[];
  competence: Pending<PostingRow>[];
  need: Pending<PostingRow>[];
  ids: Record<RecordType, Set<string>>;
  size: number;
}

interface Written {
  line: number;
  type: RecordType;
  externalId: string;
  id: string;
  outcome: 'created' | 'updated' | 'unchanged';
}

interface BatchResult {
  written: Written[];
  errors: ImportLineError[];
  organizations: Map<string, KnownOrganization>;
}

interface KnownOrganization {
  id: string;
  kind: OrganizationKind;
}

function emptyBatch(): Batch {
  return {
    organization: [],
    competence: [],
    need: [],
    ids: { organization: new Set(), competence: new Set(), need: new Set() },
    size: 0,
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Imports organisations, competencies and needs (see README): streams the lines, validates each into
 * a normalised row, and upserts them by externalId in batches, each batch in one transaction with its
 * audit entries and outbox rows. The one code path of the CLI and the API.
 */
export async function importRecords(
  dataSource: DataSource,
  input: Readable,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxLineLength = options.maxLineLength ?? MAX_LINE_LENGTH;
  const format = options.format ?? 'jsonl';
  const actor = options.actorUserId ?? null;
  const dryRun = options.dryRun ?? false;
  const atomic = options.atomic ?? false;
  const errors: ImportLineError[] = [];
  const written: Written[] = [];
  const known = new Map<string, KnownOrganization>();
  // Atomic imports and dry runs share one transaction, with a savepoint per batch.
  let shared: QueryRunner | null = null;
  if (atomic || dryRun) {
    shared = dataSource.createQueryRunner();
    await shared.connect();
    await shared.startTransaction();
  }
  let lines = 0;
  let batch = emptyBatch();
  let csvColumns: string[] | null = null;
  const failedLines = new Set<number>();
  const fail = (error: ImportLineError) => {
    errors.push(error);
    failedLines.add(error.line);
  };
  const progress = () => options.onProgress?.({ lines, failed: failedLines.size });

  const write = async (current: Batch) => {
    // An atomic import with a bad line will be rolled back: what is left is only validated.
    if (atomic && !dryRun && failedLines.size) return;
    let result: BatchResult;
    try {
      if (shared) {
        const runner = shared;
        await runner.query('savepoint import_batch');
        try {
          result = await writeBatch(runner.manager, current, known, actor);
          await runner.query('release savepoint import_batch');
        } catch (error) {
          await runner.query('rollback to savepoint import_batch');
          throw error;
        }
      } else {
        result = await dataSource.transaction((manager) => writeBatch(manager, current, known, actor));
      }
    } catch (error) {
      // A database error fails the batch's lines: none of them is written.
      for (const type of ['organization', 'competence', 'need'] as const) {
        for (const pending of current[type]) {
          fail({
            line: pending.line,
            externalId: pending.row.externalId,
            message: `not written: ${message(error)}`,
          });
        }
      }
      return;
    }
    for (const [externalId, organization] of result.organizations) known.set(externalId, organization);
    written.push(...result.written);
    result.errors.forEach(fail);
  };
  // One batch is written while the next is read and validated: the database and this process work
  // at the same time. Batches are still written one after the other, in file order.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (!batch.size) return;
    const current = batch;
    batch = emptyBatch();
    await writing;
    writing = write(current);
    // Awaited at the next flush or at the end; this only keeps a failure from counting as unhandled.
    writing.catch(() => undefined);
  };

  const add = async (line: number, record: ImportRecord) => {
    if (batch.ids[record.type].has(record.row.externalId)) await flush();
    // Postings may refer to organisations of this batch: those are written first.
    if (batch.size >= batchSize) await flush();
    batch.ids[record.type].add(record.row.externalId);
    batch.size += 1;
    if (record.type === 'organization') batch.organization.push({ line, row: record.row });
    else batch[record.type].push({ line, row: record.row });
  };

  try {
    const reader = createInterface({ input, crlfDelay: Infinity });
    for await (const read of reader) {
      lines += 1;
      const line = lines;
      if (lines % 200 === 0) progress();
      if (read.length > maxLineLength) {
        fail({ line, message: `the line is longer than ${maxLineLength} characters` });
        continue;
      }
      // Editors on Windows start UTF-8 files with a byte-order mark.
      const text = line === 1 ? read.replace(/^\uFEFF/, '') : read;
      // The reader decodes UTF-8 and turns bytes that are not into U+FFFD; a NUL byte is UTF-16's or
      // a binary file's. Either way the line cannot be read as it was meant.
      if (text.includes('\uFFFD') || text.includes('\u0000')) {
        if (format === 'csv' && !csvColumns)
          throw new ImportInputError(`CSV header (line ${line}): ${NOT_UTF8}`);
        fail({ line, message: NOT_UTF8 });
        continue;
      }
      if (!text.trim()) continue;
      if (format === 'csv' && !csvColumns) {
        // Without a readable header no line can be read: the whole import is refused.
        csvColumns = parseCsvHeader(text, line);
        continue;
      }
      let raw: unknown;
      try {
        if (csvColumns) {
          raw = csvRecord(csvColumns, text);
        } else {
          raw = JSON.parse(text);
        }
      } catch (error) {
        fail({ line, message: error instanceof SyntaxError ? `not JSON: ${error.message}` : message(error) });
        continue;
      }
      let record: ImportRecord;
      try {
        record = toRecord(raw);
      } catch (error) {
        if (!(error instanceof RecordError)) throw error;
        fail({ line, externalId: externalIdHint(raw), message: error.message });
        continue;
      }
      await add(line, record);
    }
    await flush();
    await writing;
  } catch (error) {
    await writing.catch(() => undefined);
    if (shared) await shared.rollbackTransaction().finally(() => shared?.release());
    throw error;
  }
  progress();

  const rolledBack = dryRun || (atomic && failedLines.size > 0);
  if (shared) {
    if (rolledBack) await shared.rollbackTransaction();
    else await shared.commitTransaction();
    await shared.release();
  }
  errors.sort((a, b) => a.line - b.line);
  const nothing = atomic && !dryRun && rolledBack;
  const count = (outcome: Written['outcome']) =>
    nothing ? 0 : written.filter((entry) => entry.outcome === outcome).length;
  return {
    lines,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    failed: failedLines.size,
    dryRun,
    atomic,
    rolledBack,
    errors,
    records: nothing
      ? []
      : written
          .sort((a, b) => a.line - b.line)
          .map((entry) => ({
            type: entry.type,
            externalId: entry.externalId,
            id: dryRun && entry.outcome === 'created' ? null : entry.id,
          })),
  };
}

/** Writes one type's rows of a batch: upserts, then audit entries and outbox rows for what changed. */
async function upsert(
  manager: EntityManager,
  type: RecordType,
  rows: UpsertInput[],
  actor: string | null,
  written: Written[],
  errors: ImportLineError[],
): Promise<UpsertResult[]> {
  const result = await upsertByExternalId(manager, type, rows);
  const byLine = new Map(rows.map((row) => [row.line, row]));
  const fields = importedFields(type);
  const audits: AuditRecord[] = [];
  for (const row of result) {
    if (row.deleted) {
      errors.push({
        line: row.line,
        externalId: row.externalId,
        message: `externalId: the ${type} was deleted; it is not imported again`,
      });
      continue;
    }
    const outcome = !row.written ? 'unchanged' : row.inserted ? 'created' : 'updated';
    written.push({ line: row.line, type, externalId: row.externalId, id: row.id, outcome });
    if (outcome === 'unchanged') continue;
    const after = { ...byLine.get(row.line)?.values, externalId: row.externalId };
    audits.push({
      actorUserId: actor,
      entityType: type,
      entityId: row.id,
      action: outcome === 'created' ? 'create' : 'update',
      changes:
        outcome === 'created'
          ? diff<Record<string, unknown>, Record<string, unknown>>(null, after, [...fields, 'externalId'])
          : diff<Record<string, unknown>, Record<string, unknown>>(row.before, after, fields),
    });
  }
  await recordWrites(manager, type, audits);
  return result;
}

/** One batch: organisations first (postings may refer to them), then competencies and needs. */
async function writeBatch(
  manager: EntityManager,
  batch: Batch,
  known: ReadonlyMap<string, KnownOrganization>,
  actor: string | null,
): Promise<BatchResult> {
  const errors: ImportLineError[] = [];
  const written: Written[] = [];
  const organizations = new Map<string, KnownOrganization>();

  // A CVR number belongs to one live organisation: refuse the line rather than fail the batch.
  const holders = await cvrHolders(
    manager,
    batch.organization.flatMap(({ row }) => (row.cvr ? [row.cvr] : [])),
  );
  const orgRows = batch.organization.filter(({ line, row }) => {
    if (row.cvr === null) return true;
    const holder = holders.has(row.cvr) ? holders.get(row.cvr) : row.externalId;
    if (holder !== row.externalId) {
      errors.push({
        line,
        externalId: row.externalId,
        message: `cvr: ${row.cvr} belongs to another organisation`,
      });
      return false;
    }
    holders.set(row.cvr, row.externalId);
    return true;
  });
  const orgResult = await upsert(
    manager,
    'organization',
    orgRows.map(({ line, row }) => ({ line, externalId: row.externalId, values: { ...row } })),
    actor,
    written,
    errors,
  );
  const kinds = new Map(orgRows.map(({ row }) => [row.externalId, row.kind]));
  for (const row of orgResult) {
    if (!row.deleted)
      organizations.set(row.externalId, { id: row.id, kind: kinds.get(row.externalId) as OrganizationKind });
  }

  // References: this batch, earlier batches of the import, then the database.
  const lookup = (externalId: string) => organizations.get(externalId) ?? known.get(externalId);
  const fromDatabase = await organizationsByExternalId(manager, [
    ...new Set(
      [...batch.competence, ...batch.need]
        .map(({ row }) => row.organization)
        .filter((externalId) => !lookup(externalId)),
    ),
  ]);
  for (const type of ['competence', 'need'] as const) {
    const rows = batch[type].flatMap(({ line, row }) => {
      const organization = lookup(row.organization) ?? fromDatabase.get(row.organization);
      if (!organization) {
        errors.push({
          line,
          externalId: row.externalId,
          message: `organization: no organisation with externalId ${row.organization} in the file before this line or in the database`,
        });
        return [];
      }
      if (!PUBLISHER_KINDS[type].includes(organization.kind)) {
        errors.push({
          line,
          externalId: row.externalId,
          message: `organization: a ${organization.kind} cannot publish a ${type} (only ${PUBLISHER_KINDS[type].join(', ')})`,
        });
        return [];
      }
      const { organization: _externalId, ...values } = row;
      return [{ line, externalId: row.externalId, values: { ...values, organizationId: organization.id } }];
    });
    await upsert(manager, type, rows, actor, written, errors);
  }
  return { written, errors, organizations };
}
