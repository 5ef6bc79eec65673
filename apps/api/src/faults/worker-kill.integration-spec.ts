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
import { readMails } from '../test-mail';
import type { TestProcess } from '../test-faults';
import { fingerprints, startTestRelay } from '../test-search';
import type { TestRelay } from '../test-search';

/**
 * The real worker process is killed (SIGKILL) in the middle of its work and started again. Relaying
 * a large outbox: nothing is lost (the index ends equal to the database), and nothing is done twice in
 * a way that matters (each document once and current; each outbox row done once, no repair rows).
 * Mailing notifications: each is mailed, and at most the one being sent at the kill is mailed twice
 * (the mailer marks a row mailed right after its send: at least once, by design).
 */

const ORGANISATIONS = 10;
const NEEDS = 4_990;
const OUTBOX_ROWS = ORGANISATIONS + NEEDS;
/** The worker is killed once it has relayed this many rows and holds a claimed batch. */
const KILL_AFTER = 1_000;
const MAILS = 500;
const KILL_AFTER_MAILS = 100;

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

/** The worker on the test's database and index; its mail goes to files under `<mailDir>/mail`. */
function startWorker(config: AppConfig, mailDir = dataDir): TestProcess {
  return startProcess(bundle.file, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: mailDir,
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

it('mails every notification, and at most the one in flight twice, when the worker is killed while mailing', async () => {
  // Recipients and their email notifications, as NotificationsService.notify leaves them.
  const [{ id: userId }] = await db.query(
    `insert into users (email, name, password_hash) values ('ada@notify.dk', 'Ada', '!') returning id`,
  );
  await db.query(
    `insert into notifications (user_id, kind, link, params, dedupe_key, delivery)
     select $1, 'case_assigned', '/cases/' || i, jsonb_build_object('company', 'Mejeri ' || i,
            'institution', 'Vestjysk Universitet', 'cluster', 'Food & Bio Cluster', 'via', 'created'),
            'fault:' || i, 'email'
       from generate_series(1, $2) as i`,
    [userId, MAILS],
  );
  const mailing = async () =>
    (
      await db.query(
        `select count(*) filter (where mailed_at is not null)::int as mailed,
                count(*) filter (where mailed_at is null and mail_available_at > now())::int as claimed,
                count(*) filter (where mail_attempts > 0)::int as retried
           from notifications`,
      )
    )[0] as { mailed: number; claimed: number; retried: number };
  // Each run of the worker mails into a folder of its own, so no file of one hides a file of the other.
  const [firstDir, secondDir] = [join(dataDir, 'first'), join(dataDir, 'second')];

  worker = startWorker(context.config, firstDir);
  let atKill = await mailing();
  await eventually(async () => {
    if (worker?.child.exitCode !== null) throw new Error(`the worker exited:\n${worker?.output()}`);
    atKill = await mailing();
    if (atKill.mailed === MAILS) throw new Error('the worker mailed everything before it could be killed');
    return atKill.mailed >= KILL_AFTER_MAILS && atKill.claimed > 0;
  }, 'the worker to be in the middle of mailing');
  await worker.kill();
  // As with the outbox: end the killed worker's claims (a lease of 300 s) rather than wait them out.
  const released = await db.query(
    `update notifications set mail_available_at = now() where mailed_at is null and mail_available_at > now()`,
  );
  const orphaned = released[1] as number;

  worker = startWorker(context.config, secondDir);
  await eventually(async () => {
    if (worker?.child.exitCode !== null) throw new Error(`the worker exited:\n${worker?.output()}`);
    return (await mailing()).mailed === MAILS;
  }, 'the restarted worker to mail the rest');
  await worker.stop();

  const mails = [...(await readMails(firstDir)), ...(await readMails(secondDir))];
  const perCompany = new Map<string, number>();
  for (const mail of mails) {
    const company = /Mejeri \d+/.exec(mail.subject)?.[0] ?? mail.subject;
    perCompany.set(company, (perCompany.get(company) ?? 0) + 1);
  }
  const twice = [...perCompany.values()].filter((count) => count > 1).length;
  expect(perCompany.size).toBe(MAILS);
  expect(mails.every((mail) => mail.to === 'ada@notify.dk')).toBe(true);
  expect(twice).toBeLessThanOrEqual(1);
  expect(mails).toHaveLength(MAILS + twice);
  expect(await mailing()).toEqual({ mailed: MAILS, claimed: 0, retried: 0 });
  console.log(
    `Worker SIGKILL while mailing: ${MAILS} email notifications; killed with ${atKill.mailed} mailed and ` +
      `${orphaned} claimed by it (lease ended by the test); after the restart all ${MAILS} mailed, ` +
      `${mails.length} mail files, ${twice} notification(s) mailed twice (the one in flight at the kill)`,
  );
}, 300_000);
