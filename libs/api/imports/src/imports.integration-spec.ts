import { createTestDatabase } from '@videnbro/testing';
import type { TestDatabase } from '@videnbro/testing';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ImportInputError } from './csv';
import { importRecords } from './importer';
import type { ImportOptions } from './importer';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  // The import writes with SQL of its own: no entity metadata is needed.
  dataSource = new DataSource({ type: 'postgres', url: database.url });
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const jsonl = (...records: unknown[]) =>
  records.map((record) => (typeof record === 'string' ? record : JSON.stringify(record))).join('\n') + '\n';
const run = (text: string, options: ImportOptions = {}) =>
  importRecords(dataSource, Readable.from([text]), options);

async function count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await dataSource.query(`select count(*)::int as n from ${table} where ${where}`, params);
  return row.n;
}

const org = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'organization',
  externalId: id,
  name: `Organisation ${id}`,
  kind: 'university',
  municipality: 'Aarhus',
  tags: ['Energi', 'energi', 'Power-to-X'],
  ...extra,
});
const competence = (id: string, organization: string, extra: Record<string, unknown> = {}) => ({
  type: 'competence',
  externalId: id,
  organization,
  title: `Competence ${id}`,
  description: 'Research in power-to-x and electrolysis at scale.',
  tags: ['electrolysis'],
  formats: ['contract_research'],
  ...extra,
});
const need = (id: string, organization: string, extra: Record<string, unknown> = {}) => ({
  type: 'need',
  externalId: id,
  organization,
  title: `Need ${id}`,
  description: 'We look for a partner to test our new membrane.',
  partnerKinds: ['university'],
  ...extra,
});

describe('the import', () => {
  const file = jsonl(
    org('t:org:1'),
    org('t:org:2', { kind: 'sme', cvr: 'DK 1234 5674', employees: 12, nace: ['62.01.00', 'j'] }),
    competence('t:comp:1', 't:org:1'),
    need('t:need:1', 't:org:2', { visibility: 'registered', status: 'matched' }),
  );

  it('creates the records, normalised as the API would, with audit entries and outbox rows', async () => {
    const report = await run(file);
    expect(report).toMatchObject({ lines: 4, created: 4, updated: 0, unchanged: 0, failed: 0, errors: [] });
    expect(report.records.map((record) => record.externalId)).toEqual([
      't:org:1',
      't:org:2',
      't:comp:1',
      't:need:1',
    ]);
    const [organization] = await dataSource.query('select * from organizations where external_id = $1', [
      't:org:2',
    ]);
    expect(organization).toMatchObject({
      kind: 'sme',
      cvr: '12345674',
      employee_band: '10-49',
      industry_codes: ['62.01.00', 'J'],
      region: 'midtjylland',
      municipality: 'aarhus',
      tags: ['energi', 'power-to-x'],
    });
    const [posting] = await dataSource.query('select * from competencies where external_id = $1', [
      't:comp:1',
    ]);
    expect(posting).toMatchObject({ visibility: 'public', status: 'open', author_user_id: null });
    expect(posting.organization_id).toBe(report.records[0].id);
    const [stored] = await dataSource.query('select * from needs where external_id = $1', ['t:need:1']);
    expect(stored).toMatchObject({
      visibility: 'registered',
      status: 'matched',
      partner_kinds: ['university'],
    });
    expect(await count('audit_entries', "action = 'create' and actor_user_id is null")).toBe(4);
    expect(await count('outbox_events', "entity_type = 'need' and entity_id = $1", [stored.id])).toBe(1);
    expect(await count('outbox_events')).toBe(4);
  });

  it('changes nothing the second time: same rows, no new audit entries or outbox rows', async () => {
    const rows = await dataSource.query('select id, updated_at from organizations order by id');
    const audits = await count('audit_entries');
    const outbox = await count('outbox_events');
    const report = await run(file);
    expect(report).toMatchObject({ lines: 4, created: 0, updated: 0, unchanged: 4, failed: 0 });
    expect(await dataSource.query('select id, updated_at from organizations order by id')).toEqual(rows);
    expect(await count('competencies')).toBe(1);
    expect(await count('needs')).toBe(1);
    expect(await count('audit_entries')).toBe(audits);
    expect(await count('outbox_events')).toBe(outbox);
  });

  it('updates a changed record: one audit entry from/to and one outbox row', async () => {
    const outbox = await count('outbox_events');
    const report = await run(
      jsonl(org('t:org:1', { name: 'Aarhus Universitet' }), competence('t:comp:1', 't:org:1')),
    );
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 1, failed: 0 });
    const id = report.records[0].id;
    const entries = await dataSource.query(
      "select changes from audit_entries where entity_id = $1 and action = 'update'",
      [id],
    );
    expect(entries).toEqual([
      { changes: { name: { from: 'Organisation t:org:1', to: 'Aarhus Universitet' } } },
    ]);
    expect(await count('outbox_events')).toBe(outbox + 1);
  });

  it('reports each bad line with its line number and reason, and imports the good ones', async () => {
    const report = await run(
      jsonl(
        org('t:org:3'),
        '{ not json',
        { type: 'project', externalId: 't:x' },
        org('t:org:4', { kind: 'startup' }),
        org('t:org:5', { kind: 'sme', cvr: '24256791' }),
        competence('t:comp:2', 't:org:3', { title: 'Hi' }),
        competence('t:comp:3', 't:org:unknown'),
        need('t:need:2', 't:org:3'),
        org('t:org:6', { country: 'SE', municipality: undefined, region: 'hovedstaden' }),
        competence('t:comp:4', 't:org:3'),
        org('t:org:7', { kind: 'sme', cvr: '12345674' }),
        '',
        competence('t:comp:5', 't:org:3', { description: 'Too short' }),
      ),
    );
    expect(report).toMatchObject({ lines: 13, created: 2, failed: 10 });
    expect(report.errors.map((error) => [error.line, error.externalId, error.message])).toEqual([
      [2, undefined, expect.stringMatching(/^not JSON/)],
      [3, 't:x', expect.stringMatching(/^type: "project" is not one of organization, competence, need/)],
      [4, 't:org:4', expect.stringMatching(/^kind: kind must be one of/)],
      [5, 't:org:5', expect.stringMatching(/^cvr: /)],
      [6, 't:comp:2', 'title: title must be 5 to 200 characters'],
      [7, 't:comp:3', expect.stringMatching(/no organisation with externalId t:org:unknown/)],
      [8, 't:need:2', expect.stringMatching(/a university cannot publish a need/)],
      [9, 't:org:6', 'region: region is for Danish organisations only'],
      [11, 't:org:7', 'cvr: 12345674 belongs to another organisation'],
      [13, 't:comp:5', 'description: description must be 20 to 10000 characters'],
    ]);
    expect(report.records.map((record) => record.externalId)).toEqual(['t:org:3', 't:comp:4']);
    expect(
      await count('organizations', 'external_id = any($1)', [['t:org:4', 't:org:5', 't:org:6', 't:org:7']]),
    ).toBe(0);
  });

  it('refers to an organisation already in the database', async () => {
    expect(await run(jsonl(competence('t:comp:6', 't:org:1')))).toMatchObject({ created: 1, failed: 0 });
  });

  it('does not bring back a deleted record', async () => {
    await dataSource.query("update competencies set deleted_at = now() where external_id = 't:comp:6'");
    const report = await run(jsonl(competence('t:comp:6', 't:org:1', { title: 'Back again' })));
    expect(report).toMatchObject({ created: 0, updated: 0, failed: 1 });
    expect(report.errors[0].message).toMatch(/was deleted/);
    expect(await count('competencies', "external_id = 't:comp:6' and deleted_at is not null")).toBe(1);
  });

  it('reports an over-long line and goes on', async () => {
    const report = await run(jsonl('x'.repeat(2000), competence('t:comp:7', 't:org:1')), {
      maxLineLength: 1000,
    });
    expect(report).toMatchObject({ created: 1, failed: 1 });
    expect(report.errors[0]).toEqual({ line: 1, message: 'the line is longer than 1000 characters' });
  });

  it('with atomic, imports nothing when one line is bad, even across batches', async () => {
    const organizations = await count('organizations');
    const audits = await count('audit_entries');
    const outbox = await count('outbox_events');
    const report = await run(jsonl(org('t:org:8'), competence('t:comp:8', 't:org:8'), '[]'), {
      atomic: true,
      batchSize: 1,
    });
    expect(report).toMatchObject({ created: 0, updated: 0, failed: 1, rolledBack: true, records: [] });
    expect(report.errors).toEqual([{ line: 3, message: 'a record must be a JSON object' }]);
    expect(await count('organizations')).toBe(organizations);
    expect(await count('audit_entries')).toBe(audits);
    expect(await count('outbox_events')).toBe(outbox);
    const clean = await run(jsonl(org('t:org:8'), competence('t:comp:8', 't:org:8')), { atomic: true });
    expect(clean).toMatchObject({ created: 2, failed: 0, rolledBack: false });
  });

  it('writes nothing in a dry run but reports what would happen', async () => {
    const audits = await count('audit_entries');
    const outbox = await count('outbox_events');
    const report = await run(jsonl(org('t:org:9'), org('t:org:1', { name: 'Changed' })), { dryRun: true });
    expect(report).toMatchObject({ created: 1, updated: 1, failed: 0, rolledBack: true });
    expect(report.records[0].id).toBeNull();
    expect(report.records[1].id).toEqual(expect.any(String));
    expect(await count('organizations', 'external_id = $1', ['t:org:9'])).toBe(0);
    expect(await count('organizations', "name = 'Changed'")).toBe(0);
    expect(await count('audit_entries')).toBe(audits);
    expect(await count('outbox_events')).toBe(outbox);
  });

  it('imports organisations from CSV with the same rules', async () => {
    const csv = [
      'externalId,name,kind,country,municipality,cvr,employees,nace,tags',
      't:csv:1,"Fjordmejeriet, ApS",sme,DK,Aalborg,,5,10;10.51.00,mejeri;Fødevarer',
      't:csv:2,Bad,,DK,,,,,',
    ].join('\n');
    const report = await run(csv, { format: 'csv' });
    expect(report).toMatchObject({ lines: 3, created: 1, failed: 1 });
    expect(report.errors[0]).toMatchObject({ line: 3, externalId: 't:csv:2' });
    const [row] = await dataSource.query('select * from organizations where external_id = $1', ['t:csv:1']);
    expect(row).toMatchObject({
      name: 'Fjordmejeriet, ApS',
      region: 'nordjylland',
      tags: ['mejeri', 'fødevarer'],
    });
  });

  it('refuses a CSV file whose header it cannot read, before writing anything', async () => {
    const organizations = await count('organizations');
    await expect(run('externalId,name,colour\nt:csv:3,X,red\n', { format: 'csv' })).rejects.toThrow(
      ImportInputError,
    );
    await expect(run('externalId,name\n', { format: 'csv', atomic: true })).rejects.toThrow(
      /column kind is missing/,
    );
    expect(await count('organizations')).toBe(organizations);
  });

  it('imports many lines across batches, a repeated externalId included', async () => {
    const records: object[] = [org('t:bulk:org')];
    for (let index = 0; index < 1200; index += 1) records.push(competence(`t:bulk:${index}`, 't:bulk:org'));
    records.push(competence('t:bulk:5', 't:bulk:org', { title: 'The same externalId, later' }));
    const report = await run(jsonl(...records), { batchSize: 100 });
    expect(report).toMatchObject({ lines: 1202, created: 1201, updated: 1, failed: 0 });
    expect(await count('competencies', "external_id like 't:bulk:%'")).toBe(1200);
  });
});
