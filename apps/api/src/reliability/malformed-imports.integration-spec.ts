import { DataSource } from 'typeorm';
import { startTestApi } from '../test-app';
import type { TestApi } from '../test-app';
import { signUp } from '../test-users';
import type { TestUser } from '../test-users';

/**
 * The import (`POST /api/v1/imports`, the same importer as the CLI's `import`) fed files that are not
 * what it expects: binary garbage, truncated lines, a 10 MB line, Latin-1 and UTF-16, CSV with
 * unbalanced quotes. Each bad line is reported with its number and a reason a person can act on; the
 * good lines are imported; a refused line writes nothing, and an atomic import writes nothing at all.
 */

let api: TestApi;
let admin: TestUser;
let db: DataSource;
let fileNumber = 0;

beforeAll(async () => {
  api = await startTestApi();
  admin = await signUp(api, 'admin@malformed.dk', { roles: ['admin'] });
  db = api.app.get(DataSource);
});
afterAll(() => api.close());

interface Report {
  lines: number;
  created: number;
  failed: number;
  rolledBack: boolean;
  errors: { line: number; message: string }[];
}

/** A good organisation line, with an externalId unique to this file. */
function organisation(prefix: string, n: number, name = `Organisation ${n}`) {
  return JSON.stringify({ type: 'organization', externalId: `${prefix}:${n}`, name, kind: 'university' });
}

async function post(body: Buffer, contentType = 'application/x-ndjson', query = '') {
  const response = await api.app.inject({
    method: 'POST',
    url: `/api/v1/imports${query}`,
    headers: { ...admin.headers, 'content-type': contentType },
    payload: body,
  });
  return { status: response.statusCode, body: response.json() };
}

/** Rows written for the file's externalIds: records, and their audit entries and outbox rows. */
async function written(prefix: string) {
  const [row] = await db.query(
    `SELECT (SELECT count(*)::int FROM organizations WHERE external_id LIKE $1) AS organizations,
            (SELECT count(*)::int FROM audit_entries a JOIN organizations o ON o.id = a.entity_id
              WHERE o.external_id LIKE $1) AS audits,
            (SELECT count(*)::int FROM outbox_events x JOIN organizations o ON o.id = x.entity_id
              WHERE o.external_id LIKE $1) AS outbox`,
    [`${prefix}:%`],
  );
  return row as { organizations: number; audits: number; outbox: number };
}

/**
 * Imports `lines` (Buffers, joined by line feeds) with a good line before and after them; expects
 * the good lines imported and one error per bad line, whose message matches `reason`.
 */
async function expectBadLines(bad: Buffer[], reason: RegExp) {
  const prefix = `malformed${++fileNumber}`;
  const file = Buffer.concat([
    Buffer.from(`${organisation(prefix, 1)}\n`),
    ...bad.map((line) => Buffer.concat([line, Buffer.from('\n')])),
    Buffer.from(`${organisation(prefix, 2)}\n`),
  ]);
  const { status, body } = await post(file);
  expect(status).toBe(200);
  const report = body as Report;
  const badLines = bad.map((_, index) => index + 2);
  expect(report.errors.map((error) => error.line)).toEqual(badLines);
  for (const error of report.errors) expect(error.message).toMatch(reason);
  expect(report).toMatchObject({ lines: bad.length + 2, created: 2, failed: bad.length });
  expect(await written(prefix)).toEqual({ organizations: 2, audits: 2, outbox: 2 });
  return report;
}

describe('the import fed malformed files', () => {
  it('reports binary garbage line by line as not UTF-8 text and imports the good lines', async () => {
    // Deterministic garbage: every byte value but line ends, in a scrambled order.
    const bytes = Buffer.from(
      Array.from({ length: 4096 }, (_, i) => (i * 167 + 13) % 256).filter(
        (byte) => byte !== 0x0a && byte !== 0x0d,
      ),
    );
    await expectBadLines([bytes.subarray(0, 2000), bytes.subarray(2000)], /not UTF-8 text/);
  });

  it('reports truncated lines, also one cut inside a multi-byte character', async () => {
    const line = Buffer.from(organisation('truncated', 1, 'Københavns Ø-lab'));
    const cutInCharacter = line.subarray(0, line.indexOf(Buffer.from('Ø')) + 1);
    await expectBadLines([line.subarray(0, 30), cutInCharacter], /not JSON|not UTF-8 text/);
  });

  it('reports a 10 MB line as too long and goes on', async () => {
    const huge = Buffer.from(
      JSON.stringify({ type: 'organization', externalId: 'huge', name: 'x'.repeat(10 * 1024 * 1024) }),
    );
    await expectBadLines([huge], /longer than/);
  });

  it('reports Latin-1 lines as not UTF-8 text instead of storing replacement characters', async () => {
    const latin1 = Buffer.from(organisation('latin1', 1, 'Ærø Æbleplantage'), 'latin1');
    await expectBadLines([latin1], /not UTF-8 text/);
  });

  it('reports a NUL inside a JSON string on its line only', async () => {
    await expectBadLines(
      [
        Buffer.from(organisation('nul', 1, 'Nul\u0000Lab')),
        Buffer.from(
          JSON.stringify({ type: 'organization', externalId: 'nul\u0000id', name: 'Nul', kind: 'sme' }),
        ),
      ],
      /must not contain NUL characters/,
    );
  });

  it('refuses a UTF-16 file with a byte-order mark, line by line, and writes nothing', async () => {
    const prefix = 'utf16';
    const text = `${organisation(prefix, 1, 'Ærø Universitet')}\n${organisation(prefix, 2)}\n`;
    const { status, body } = await post(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    expect(status).toBe(200);
    const report = body as Report;
    expect(report.created).toBe(0);
    expect(report.failed).toBeGreaterThan(0);
    expect(report.errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/not UTF-8 text/) });
    expect(await written(prefix)).toEqual({ organizations: 0, audits: 0, outbox: 0 });
  });

  it('reads a UTF-8 byte-order mark at the start of a JSONL file', async () => {
    const prefix = 'bom';
    const file = Buffer.from(`\uFEFF${organisation(prefix, 1)}\n${organisation(prefix, 2)}\n`);
    const { status, body } = await post(file);
    expect(status).toBe(200);
    expect(body).toMatchObject({ created: 2, failed: 0 });
  });

  it('reports CSV lines with unbalanced quotes and imports the others', async () => {
    const prefix = 'csvquotes';
    const csv = [
      'externalId,name,kind',
      `${prefix}:1,Good One,university`,
      `${prefix}:2,"Unclosed name,university`,
      `${prefix}:3,Stray "quote" inside,university`,
      `${prefix}:4,"Multi`,
      `line",university`,
      `${prefix}:5,"Good ""Two""",university`,
    ].join('\n');
    const { status, body } = await post(Buffer.from(`${csv}\n`), 'text/csv');
    expect(status).toBe(200);
    const report = body as Report;
    expect(report.errors.map((error) => error.line)).toEqual([3, 5, 6]);
    expect(report.errors[0].message).toMatch(/quoted field is not closed/);
    expect(await written(prefix)).toEqual({ organizations: 3, audits: 3, outbox: 3 });
  });

  it('with atomic=true writes nothing from a file with any malformed line', async () => {
    const prefix = 'atomic';
    const file = Buffer.concat([
      Buffer.from(`${organisation(prefix, 1)}\n`),
      Buffer.from([0xc3, 0x28, 0xff, 0x0a]),
      Buffer.from(`${organisation(prefix, 2)}\n`),
    ]);
    const { status, body } = await post(file, 'application/x-ndjson', '?atomic=true');
    expect(status).toBe(200);
    expect(body).toMatchObject({ rolledBack: true, created: 0, failed: 1 });
    expect(await written(prefix)).toEqual({ organizations: 0, audits: 0, outbox: 0 });
  });

  it('refuses a binary file sent as CSV with a 400 in the error shape, writing nothing', async () => {
    const { status, body } = await post(Buffer.from([0x00, 0xff, 0xfe, 0x22, 0x0a, 0x01, 0x02]), 'text/csv');
    expect(status).toBe(400);
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(/CSV header \(line 1\)/),
    });
  });
});
