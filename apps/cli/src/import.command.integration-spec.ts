import { buildBundle, createTestDatabase, WORKSPACE_ROOT as root } from '@videnbro/testing';
import type { Bundle, TestDatabase } from '@videnbro/testing';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

let bundle: Bundle;
let database: TestDatabase;
let dir: string;

beforeAll(async () => {
  bundle = buildBundle('apps/cli/src/main.ts');
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'videnbro-import-'));
});
afterAll(async () => {
  await database.drop();
  bundle.remove();
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, lines: (object | string)[]): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n',
  );
  return path;
}

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [bundle.file, 'import', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, DATABASE_URL: database.url },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function count(table: string): Promise<number> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select count(*)::int as n from ${table} where external_id like 'cli:%'`,
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

const organisation = {
  type: 'organization',
  externalId: 'cli:org:1',
  name: 'Cli Universitet',
  kind: 'university',
};
const competence = {
  type: 'competence',
  externalId: 'cli:comp:1',
  organization: 'cli:org:1',
  title: 'Batteries for ships',
  description: 'Testing marine battery packs under real sea conditions.',
};

describe('npm run import', () => {
  it('imports a file, exits 0 and writes the report with each externalId and its id', () => {
    const report = join(dir, 'report.json');
    const result = cli([file('good.jsonl', [organisation, competence]), '--report', report]);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/2 lines in .* s: 2 created, 0 updated, 0 unchanged, 0 failed\./);
    const written = JSON.parse(readFileSync(report, 'utf8'));
    expect(written).toMatchObject({ lines: 2, created: 2, failed: 0, errors: [] });
    expect(written.records).toEqual([
      { type: 'organization', externalId: 'cli:org:1', id: expect.any(String) },
      { type: 'competence', externalId: 'cli:comp:1', id: expect.any(String) },
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const result = cli([join(dir, 'good.jsonl')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 created, 0 updated, 2 unchanged, 0 failed/);
    expect(await count('organizations')).toBe(1);
    expect(await count('competencies')).toBe(1);
  });

  it('exits 1 and names the bad line, importing the good ones', async () => {
    const bad = file('bad.jsonl', [{ ...competence, externalId: 'cli:comp:2' }, '{"type": "need",']);
    const result = cli([bad]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/1 created, 0 updated, 0 unchanged, 1 failed/);
    expect(result.stdout).toMatch(/line 2: not JSON/);
    expect(await count('competencies')).toBe(2);
  });

  it('names binary, Latin-1 and UTF-16 lines as not UTF-8 and reads the good one', async () => {
    const path = join(dir, 'malformed.jsonl');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from([0x00, 0xff, 0x13, 0xc3, 0x28, 0x0a]),
        Buffer.from(
          `${JSON.stringify({ ...organisation, externalId: 'cli:org:æ', name: 'Ærø' })}\n`,
          'latin1',
        ),
        Buffer.from(JSON.stringify({ ...organisation, externalId: 'cli:org:16' }), 'utf16le'),
        Buffer.from('\n'),
        // The good line: an organisation imported before, so no count of later tests changes.
        Buffer.from(`${JSON.stringify(organisation)}\n`),
      ]),
    );
    const result = cli([path]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/0 created, 0 updated, 1 unchanged, 3 failed/);
    for (const line of [1, 2, 3]) expect(result.stdout).toMatch(new RegExp(`line ${line}: not UTF-8 text`));
    expect(await count('organizations')).toBe(1);
  });

  it('with --atomic imports nothing when a line is bad, and exits 1', async () => {
    const bad = file('atomic.jsonl', [
      { ...competence, externalId: 'cli:comp:3' },
      { ...competence, externalId: 'cli:comp:4', organization: 'cli:org:nowhere' },
    ]);
    const result = cli([bad, '--atomic']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/\(atomic: nothing imported\)/);
    expect(result.stdout).toMatch(
      /line 2 \(cli:comp:4\): organization: no organisation with externalId cli:org:nowhere/,
    );
    expect(await count('competencies')).toBe(2);
  });

  it('with --dry-run validates and writes nothing', async () => {
    const result = cli([file('dry.jsonl', [{ ...competence, externalId: 'cli:comp:5' }]), '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\(dry run: nothing written\): 1 created/);
    expect(await count('competencies')).toBe(2);
  });

  it('reads a .csv file as organisations, and refuses a missing file with exit code 1', async () => {
    const csv = join(dir, 'organisations.csv');
    writeFileSync(csv, 'externalId,name,kind,cvr\ncli:csv:1,Csv ApS,sme,13748136\n');
    expect(cli([csv]).status).toBe(0);
    expect(await count('organizations')).toBe(2);
    const missing = cli([join(dir, 'missing.jsonl')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^Error: .*missing\.jsonl/m);
  });
});
