import { DEMO_USERS } from '@videnbro/demo-data';
import {
  buildBundle,
  Bundle,
  createTestDatabase,
  TestDatabase,
  WORKSPACE_ROOT as root,
} from '@videnbro/testing';
import { spawnSync } from 'node:child_process';
import { Client } from 'pg';

let bundle: Bundle;
let database: TestDatabase;

beforeAll(async () => {
  bundle = buildBundle('apps/cli/src/main.ts');
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
  bundle.remove();
});

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bundle.file, ...args], {
    cwd: root,
    input,
    env: { PATH: process.env.PATH, DATABASE_URL: database.url },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function rolesOf(email: string): Promise<string[] | undefined> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query('select roles from users where email = $1', [email]);
    return rows[0]?.roles;
  } finally {
    await client.end();
  }
}

describe('the operator CLI', () => {
  it('creates an admin with the password from stdin', async () => {
    const result = cli(
      ['user:create', '--email', 'Ops@Videnbro.dk', '--role', 'admin', '--name', 'Ops'],
      'a-long-operator-secret\n',
    );
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Created ops@videnbro\.dk .* with role admin/);
    expect(await rolesOf('ops@videnbro.dk')).toEqual(['admin']);
  });

  it('sets and clears platform roles', async () => {
    expect(
      cli(['user:create', '--email', 'pia@erst.dk', '--password', 'a-long-programme-secret']).status,
    ).toBe(0);
    expect(cli(['user:set-role', '--email', 'pia@erst.dk', '--role', 'programme']).status).toBe(0);
    expect(await rolesOf('pia@erst.dk')).toEqual(['programme']);
    expect(cli(['user:set-role', '--email', 'pia@erst.dk', '--role', 'none']).status).toBe(0);
    expect(await rolesOf('pia@erst.dk')).toEqual([]);
  });

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    const weak = cli(['user:create', '--email', 'weak@firma.dk', '--password', 'qwerty123456']);
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/too common/);
    expect(await rolesOf('weak@firma.dk')).toBeUndefined();
    expect(cli(['user:set-role', '--email', 'pia@erst.dk', '--role', 'king']).stderr).toMatch(
      /Unknown role "king"/,
    );
    expect(cli(['user:set-role', '--email', 'nobody@x.dk', '--role', 'admin']).stderr).toMatch(
      /No user with email/,
    );
    expect(
      cli(['user:create', '--email', 'ops@videnbro.dk', '--password', 'a-long-operator-secret']).stderr,
    ).toMatch(/already exists/);
  });

  it('seeds the demo accounts once, and only into a database without users when asked', async () => {
    const empty = await createTestDatabase();
    try {
      const run = (args: string[]) =>
        spawnSync(process.execPath, [bundle.file, ...args], {
          cwd: root,
          env: { PATH: process.env.PATH, DATABASE_URL: empty.url },
          encoding: 'utf8',
        });
      expect(run(['seed', '--if-empty']).stdout).toContain(`${DEMO_USERS.length} account(s) created`);
      expect(run(['seed', '--if-empty']).stdout).toMatch(/no demo data added/);
      expect(run(['seed']).stdout).toMatch(/0 account\(s\) created/);
    } finally {
      await empty.drop();
    }
  });
});
