import { startDevServices } from '@videnbro/dev-services';
import type { DevServices } from '@videnbro/dev-services';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { buildPostingWorld, expectStatus, injectAs, needPayload } from './test-postings';
import type { PostingWorld } from './test-postings';
import { eventually, killService, secondsSince } from './test-faults';
import { fingerprints, startTestRelay } from './test-search';
import type { TestRelay } from './test-search';

/**
 * Meilisearch is killed (SIGKILL) in the middle of a burst of 1,000 writes and started again: every
 * write is acknowledged throughout, and the relay, running in its loop as in the worker, brings the
 * index level with the database: the same ids with the same content. This file runs a Meilisearch of
 * its own, since it kills it.
 */

let meiliDir: string;
let meili: DevServices;
let api: TestApi;
let world: PostingWorld;
let relay: TestRelay;

beforeAll(async () => {
  meiliDir = await mkdtemp(join(tmpdir(), 'videnbro-outage-'));
  meili = await startDevServices({
    dataDir: meiliDir,
    env: { PATH: process.env.PATH },
    services: ['meilisearch'],
    meiliPort: 0,
    logger: () => undefined,
  });
  api = await startTestApi({ MEILI_URL: meili.meiliUrl, MEILI_MASTER_KEY: meili.meiliMasterKey });
  world = await buildPostingWorld(api);
  relay = await startTestRelay(api.context.config, { loop: true });
});
afterAll(async () => {
  await relay?.close();
  await api?.close();
  await meili?.stop();
  await rm(meiliDir, { recursive: true, force: true });
});

/** Writes in the burst and requests in flight at once. */
const WRITES = 1_000;
const CONCURRENCY = 8;
/** After this many acknowledged writes Meilisearch is killed, after this many started again. */
const KILL_AT = 250;
const RESTART_AT = 700;

it('acknowledges a burst of 1,000 writes while Meilisearch is killed, and the index converges', async () => {
  const db = api.app.get(DataSource);
  let issued = 0;
  let acknowledged = 0;
  let needs = 0;
  let deleted = 0;
  const started = performance.now();
  let killedAt = 0;
  let outageSeconds = '';
  let fault: Promise<void> = Promise.resolve();
  let pendingWhileDown = 0;
  let searchWhileDown = 0;

  /** Kills and restarts Meilisearch at their marks, while the burst goes on. */
  const acknowledge = () => {
    acknowledged++;
    if (acknowledged === KILL_AT) {
      fault = killService(meili.meili).then(() => void (killedAt = performance.now()));
    }
    if (acknowledged === RESTART_AT) {
      fault = fault.then(async () => {
        // Nothing could be relayed meanwhile: the rows wait, none counted as failed.
        const down = await relay.queue.status();
        pendingWhileDown = down.pending;
        expect(down.failed).toBe(0);
        outageSeconds = secondsSince(killedAt);
        // A search meanwhile says the engine is away (503, to retry), not that something broke.
        const search = await injectAs(api, world.users.author, {
          method: 'GET',
          url: '/api/v1/search?q=burst',
        });
        searchWhileDown = search.statusCode;
        await meili.meili.start();
      });
    }
  };
  const write = async (
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    status: number,
    payload?: object,
  ) => {
    issued++;
    const body = await expectStatus(injectAs(api, world.users.author, { method, url, payload }), status);
    acknowledge();
    return body;
  };
  /** One need: created; every third edited, every fifth deleted. */
  const writeNeed = async (n: number) => {
    const need = await write(
      'POST',
      '/api/v1/needs',
      201,
      needPayload(world.orgs.sme, { title: `Burst need ${n}`, status: 'open' }),
    );
    needs++;
    // The burst stops at exactly WRITES: an edit or deletion that would go over is left out.
    if (n % 3 === 0 && issued < WRITES) {
      await write('PATCH', `/api/v1/needs/${need.id}`, 200, { title: `Burst need ${n}, edited` });
    }
    if (n % 5 === 0 && issued < WRITES) {
      await write('DELETE', `/api/v1/needs/${need.id}`, 204);
      deleted++;
    }
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (issued < WRITES) await writeNeed(next++);
    }),
  );
  await fault;
  const burstSeconds = secondsSince(started);
  expect(issued).toBe(WRITES);
  expect(acknowledged).toBe(WRITES);
  expect(pendingWhileDown).toBeGreaterThan(0);
  expect(searchWhileDown).toBe(503);

  const converging = performance.now();
  const pending = async () =>
    (await db.query(`select count(*)::int as n from outbox_events where processed_at is null`))[0].n;
  await eventually(async () => (await pending()) === 0, 'the outbox to drain');
  const [expected, indexed] = await Promise.all([relay.expectedDocuments(), relay.indexedDocuments()]);
  expect(fingerprints(indexed)).toEqual(fingerprints(expected));
  // The needs not deleted, and the five organisations.
  expect([...indexed.values()].filter((document) => document.type === 'need')).toHaveLength(needs - deleted);
  expect(await relay.queue.status()).toMatchObject({ pending: 0, failed: 0 });
  console.log(
    `Meilisearch SIGKILL during a burst: ${acknowledged} of ${issued} writes acknowledged in ${burstSeconds} s ` +
      `(${CONCURRENCY} at once), Meilisearch down ${outageSeconds} s with ${pendingWhileDown} outbox rows waiting; ` +
      `index equal to the database (${indexed.size} documents, ids and content hashes) ` +
      `${secondsSince(converging)} s after the burst`,
  );
}, 180_000);
