import { runMigrations } from '@videnbro/database';
import { startDevServices } from '@videnbro/dev-services';
import type { DevServices } from '@videnbro/dev-services';
import { buildBundle, testEnv } from '@videnbro/testing';
import type { Bundle } from '@videnbro/testing';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { eventually, freePort, killService, secondsSince, startProcess } from '../test-faults';
import type { TestProcess } from '../test-faults';
import { needPayload } from '../test-postings';
import { TEST_PASSWORD } from '../test-users';

/**
 * PostgreSQL goes away under a steady stream of reads and writes to the real API process, and comes
 * back: once by a fast shutdown, once killed (SIGKILL of the postmaster: it recovers from its WAL on
 * start). Meanwhile requests fail fast with 503 in the one error shape; the API recovers by itself,
 * without a restart; every write it acknowledged is in the database afterwards. This file runs a
 * PostgreSQL of its own, since it stops it.
 */

/** Requests in flight at once. */
const CLIENTS = 4;
/** A request taking longer than this has hung: the bound of a failure, not a measurement. */
const HANG_MS = 15_000;
/** Acknowledged writes before each outage and after each restart; 503s seen during each outage. */
const WRITES_AROUND = 20;
const UNAVAILABLE_DURING = 20;

let work: string;
let services: DevServices;
let bundle: Bundle;
let api: TestProcess;
let base: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'videnbro-pg-restart-'));
  // As root, PostgreSQL runs as the `postgres` user, which must reach its data dir.
  await chmod(work, 0o711);
  services = await startDevServices({
    dataDir: join(work, 'data'),
    env: { PATH: process.env.PATH },
    services: ['postgres'],
    postgresPort: 0,
    logger: () => undefined,
  });
  await runMigrations(services.databaseUrl);
  bundle = buildBundle('apps/api/src/main.ts');
  const port = await freePort();
  api = startProcess(bundle.file, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    WEB_DIST: '',
    DATA_DIR: work,
    DATABASE_URL: services.databaseUrl,
    MEILI_URL: testEnv('meiliUrl'),
    MEILI_MASTER_KEY: testEnv('meiliKey'),
    MEILI_INDEX_PREFIX: `t${randomBytes(4).toString('hex')}_`,
  });
  base = `http://127.0.0.1:${port}`;
  await eventually(async () => {
    if (api.child.exitCode !== null) throw new Error(`the API exited:\n${api.output()}`);
    return (await fetch(`${base}/api/health/live`).catch(() => null))?.status === 200;
  }, 'the API to listen');
}, 180_000);
afterAll(async () => {
  await api?.stop();
  bundle?.remove();
  await services?.stop();
  await rm(work, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: { statusCode?: unknown; error?: unknown; message?: unknown; id?: string; accessToken?: string };
  ms: number;
}

async function call(method: string, path: string, token: string | null, payload?: object): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(payload ? { 'content-type': 'application/json' } : {}),
    },
    body: payload ? JSON.stringify(payload) : undefined,
    signal: AbortSignal.timeout(HANG_MS),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {}, ms: performance.now() - started };
}

/** The one error shape, as a 503. */
const isUnavailable = ({ status, body }: Answer) =>
  status === 503 &&
  body.statusCode === 503 &&
  body.error === 'Service Unavailable' &&
  typeof body.message === 'string';

type Phase = 'before' | 'outage' | 'after';

it('answers 503 while PostgreSQL is down, recovers by itself and loses no acknowledged write', async () => {
  const registered = await call('POST', '/v1/auth/register', null, {
    email: 'olga@mejeri.dk',
    password: TEST_PASSWORD,
    name: 'Olga Owner',
  });
  expect(registered.status).toBe(201);
  const token = registered.body.accessToken as string;
  const organisation = await call('POST', '/v1/organizations', token, {
    kind: 'sme',
    name: 'Fjordmejeriet ApS',
    cvr: '12345674',
  });
  expect(organisation.status).toBe(201);

  let phase: Phase = 'before';
  const counts = { acknowledged: 0, unavailable: 0, requests: 0 };
  /** A round's figures; an answer counts in the round and phase its request was sent in. */
  const newRound = () => ({
    before: 0,
    outage: 0,
    after: 0,
    unavailable: 0,
    slowest503: 0,
    firstAfterRestart: undefined as number | undefined,
  });
  let current = newRound();
  const acknowledged: string[] = [];
  const unexpected: string[] = [];
  let running = true;

  /** One request of the stream; any answer but a 2xx or the 503 is unexpected. */
  const request = async (what: string, send: () => Promise<Answer>, ok: number) => {
    const issuedIn = phase;
    const tally = current;
    counts.requests++;
    try {
      const answer = await send();
      if (answer.status === ok) {
        if (what === 'write') {
          acknowledged.push(answer.body.id as string);
          counts.acknowledged++;
          tally[issuedIn]++;
          if (issuedIn === 'after') tally.firstAfterRestart ??= performance.now();
        }
      } else if (isUnavailable(answer)) {
        counts.unavailable++;
        tally.unavailable++;
        tally.slowest503 = Math.max(tally.slowest503, answer.ms);
      } else {
        unexpected.push(`${what} in ${issuedIn}: ${answer.status} ${JSON.stringify(answer.body)}`);
      }
    } catch (error) {
      unexpected.push(`${what} in ${issuedIn}: ${(error as Error).message}`);
    }
  };
  /** Each client writes a need, reads one back, writes, asks for readiness, and so on. */
  const client = async (clientNo: number) => {
    for (let n = 0; running; n++) {
      if (n % 2 === 0) {
        await request(
          'write',
          () =>
            call(
              'POST',
              '/v1/needs',
              token,
              needPayload(organisation.body.id as string, { title: `Steady need ${clientNo}.${n}` }),
            ),
          201,
        );
      } else if (n % 4 === 1 && acknowledged.length) {
        const id = acknowledged[n % acknowledged.length];
        await request('read', () => call('GET', `/v1/needs/${id}`, token), 200);
      } else {
        await request('ready', () => call('GET', '/health/ready', null), 200);
      }
    }
  };
  const stream = Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));

  const rounds = [
    { how: 'fast shutdown', stop: () => services.postgres.stop() },
    { how: 'SIGKILL of the postmaster', stop: () => killService(services.postgres) },
  ];
  const report: string[] = [];
  /** Waits for a count; gives up at once, naming them, when unexpected answers pile up. */
  const until = (reached: () => boolean, what: string) =>
    eventually(async () => {
      if (unexpected.length >= 10)
        throw new Error(
          `unexpected answers:\n${unexpected.slice(0, 10).join('\n')}\nthe API's log:\n${api.output()}`,
        );
      return reached();
    }, what);
  try {
    for (const round of rounds) {
      const figures = newRound();
      current = figures;
      phase = 'before';
      await until(() => figures.before >= WRITES_AROUND, 'writes before the outage');
      phase = 'outage';
      const down = performance.now();
      await round.stop();
      await until(() => figures.unavailable >= UNAVAILABLE_DURING, '503s during the outage');
      await services.postgres.start();
      const outage = secondsSince(down);
      phase = 'after';
      const restarted = performance.now();
      await until(() => figures.after >= WRITES_AROUND, 'writes after the restart');
      report.push(
        `${round.how}: down ${outage} s, ${figures.unavailable} answers 503 (slowest ${Math.round(figures.slowest503)} ms), ` +
          `first acknowledged write ${(((figures.firstAfterRestart ?? restarted) - restarted) / 1000).toFixed(1)} s ` +
          `after the restart; writes acknowledged before/during/after ${figures.before}/${figures.outage}/${figures.after}`,
      );
    }
  } finally {
    running = false;
    await stream;
  }

  const ready = await call('GET', '/health/ready', null);
  const db = new Client({ connectionString: services.databaseUrl });
  await db.connect();
  const stored = await db
    .query(`select count(*)::int as n from needs where id = any($1::uuid[])`, [acknowledged])
    .finally(() => db.end());
  console.log(
    `PostgreSQL restarted under load (${CLIENTS} clients, real API process, no API restart): ` +
      `${counts.requests} requests, ${counts.acknowledged} writes acknowledged, ${stored.rows[0].n} of them ` +
      `in the database, ${counts.unavailable} answers 503, ${unexpected.length} of any other kind\n  ${report.join('\n  ')}`,
  );
  expect(stored.rows[0].n).toBe(acknowledged.length);
  expect(ready.status).toBe(200);
  expect(unexpected).toEqual([]);
}, 300_000);

it('answers an error, never as to an anonymous caller, when the session cannot be looked up', async () => {
  const registered = await call('POST', '/v1/auth/register', null, {
    email: 'alma@mejeri.dk',
    password: TEST_PASSWORD,
    name: 'Alma Author',
  });
  const token = registered.body.accessToken as string;
  const organisation = await call('POST', '/v1/organizations', token, {
    kind: 'sme',
    name: 'Alma ApS',
    cvr: '24256790',
  });
  const draft = await call('POST', '/v1/needs', token, needPayload(organisation.body.id as string));
  expect(draft.status).toBe(201);
  const db = new Client({ connectionString: services.databaseUrl });
  await db.connect();
  // The session lookup fails while the need itself can still be read: what the edges of an outage do.
  await db.query(`alter table sessions rename to sessions_away`);
  try {
    const answer = await call('GET', `/v1/needs/${draft.body.id}`, token);
    // Not the 404 an anonymous caller gets for someone's draft: the caller's identity is unknown.
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
    });
  } finally {
    await db.query(`alter table sessions_away rename to sessions`);
    await db.end();
  }
  expect((await call('GET', `/v1/needs/${draft.body.id}`, token)).status).toBe(200);
});
