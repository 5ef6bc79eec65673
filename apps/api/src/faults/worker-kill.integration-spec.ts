import type { AppConfig } from '@videnbro/config';
import { createDataSource } from '@videnbro/database';
import { importRecords } from '@videnbro/imports';
import { DEFAULT_RELAY_OPTIONS } from '@videnbro/search-index';
import { buildBundle, createTestContext } from '@videnbro/testing';
import type { Bundle, TestContext } from '@videnbro/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { eventually, secondsSince, startProcess } from '../test-faults';
import type { TestProcess } from '../test-faults';
import { fingerprints, startTestRelay } from '../test-search';
import type { TestRelay } from '../test-search';

/**
 * The real worker process is killed (SIGKILL) in the middle of relaying a large outbox and started
 * again: nothing is lost (the index ends equal to the database), and nothing is done twice in a way
 * that matters (each document once and current; each outbox row done once, no repair rows needed).
 */

const ORGANISATIONS = 10;
const NEEDS = 4_990;
const OUTBOX_ROWS = ORGANISATIONS + NEEDS;
/** The worker is killed once it has relayed this many rows and holds a claimed batch. */
const KILL_AFTER = 1_000;

let context: TestContext;
let db: DataSource;
let bundle: Bundle;
let relay: TestRelay;
let dataDir: string;
let worker: TestProcess | undefined;

function* importLines(): Generator<string> {
  for (let org = 0; org < ORGANISATIONS; org++) {
    yield `${JSON.stringify({ type: 'organization', externalId: `fault:org:${org}`, name: `Fjordmejeri ${org}`, kind: 'sme' })}\n`;
  }
  for (let need = 0; need < NEEDS; need++) {
    yield `${JSON.stringify({
      type: 'need',
      externalId: `fault:need:${need}`,
      organization: `fault:org:${need % ORGANISATIONS}`,
      title: `Sensor data from dairy herd ${need}`,
      description: `Herd ${need} wears sensors; we want to spot illness days earlier.`,
      tags: ['sensors', `herd-${need % 50}`],
      formats: ['contract_research'],
      partnerKinds: ['university'],
    })}\n`;
  }
}

function startWorker(config: AppConfig): TestProcess {
  return startProcess(bundle.file, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    DATABASE_URL: config.database.url,
    MEILI_URL: config.meili.url,
    MEILI_MASTER_KEY: config.meili.masterKey,
    MEILI_INDEX_PREFIX: config.meili.indexPrefix,
  });
}

async function outbox(): Promise<{ rows: number; done: number; leased: number; retried: number }> {
  const [row] = await db.query(
    `select count(*)::int as rows,
            count(*) filter (where processed_at is not null)::int as done,
            count(*) filter (where processed_at is null and available_at > now())::int as leased,
            count(*) filter (where attempts > 0 or last_error is not null)::int as retried
       from outbox_events`,
  );
  return row;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'videnbro-worker-kill-'));
  context = await createTestContext();
  db = await createDataSource(context.config.database.url, 2).initialize();
  const report = await importRecords(db, Readable.from(importLines()), {
    format: 'jsonl',
    actorUserId: null,
  });
  expect(report).toMatchObject({ created: OUTBOX_ROWS, failed: 0 });
  bundle = buildBundle('apps/worker/src/main.ts');
  relay = await startTestRelay(context.config);
}, 180_000);
afterAll(async () => {
  await worker?.stop();
  await relay?.close();
  bundle?.remove();
  await db?.destroy();
  await context?.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

it('loses nothing and does nothing twice when the worker is killed in the middle of a batch', async () => {
  expect(await outbox()).toMatchObject({ rows: OUTBOX_ROWS, done: 0 });
  const started = performance.now();
  worker = startWorker(context.config);
  let atKill = await outbox();
  await eventually(async () => {
    if (worker?.child.exitCode !== null) throw new Error(`the worker exited:\n${worker?.output()}`);
    atKill = await outbox();
    if (atKill.done === OUTBOX_ROWS)
      throw new Error('the worker relayed everything before it could be killed');
    return atKill.done >= KILL_AFTER && atKill.leased > 0;
  }, 'the worker to be in the middle of a batch');
  await worker.kill();
  const killedAfter = secondsSince(started);
  // Whatever the worker had claimed stays claimed until its lease ends: the lease is how another
  // worker knows a claim is abandoned. End it now rather than wait the lease out in a test.
  const leased = await db.query(
    `update outbox_events set available_at = now() where processed_at is null and available_at > now()`,
  );
  const orphaned = leased[1] as number;
  expect(orphaned).toBeGreaterThan(0);

  const restarted = performance.now();
  worker = startWorker(context.config);
  await eventually(async () => {
    if (worker?.child.exitCode !== null) throw new Error(`the worker exited:\n${worker?.output()}`);
    return (await outbox()).done === OUTBOX_ROWS;
  }, 'the restarted worker to relay the rest');
  const converged = secondsSince(restarted);
  await worker.stop();
  expect(worker.child.exitCode).toBe(0);

  // Nothing lost: every document, current. Nothing twice: each id once in the index, each outbox
  // row done once without a retry, and no repair rows (the restart's reconciliation found no drift).
  const [expected, indexed] = await Promise.all([relay.expectedDocuments(), relay.indexedDocuments()]);
  expect(indexed.size).toBe(OUTBOX_ROWS);
  expect(fingerprints(indexed)).toEqual(fingerprints(expected));
  expect(await outbox()).toEqual({ rows: OUTBOX_ROWS, done: OUTBOX_ROWS, leased: 0, retried: 0 });
  console.log(
    `Worker SIGKILL in the middle of a batch: ${OUTBOX_ROWS} outbox rows; killed after ${killedAfter} s with ` +
      `${atKill.done} relayed and ${orphaned} claimed by it (their lease, ${DEFAULT_RELAY_OPTIONS.leaseSeconds} s, ` +
      `ended by the test); the restarted worker relayed the rest in ${converged} s; index equal to the ` +
      `database (${indexed.size} documents, ids and content hashes), every row done once, none retried`,
  );
}, 300_000);
