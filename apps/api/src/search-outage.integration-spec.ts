import { startDevServices } from '@videnbro/dev-services';
import type { DevServices } from '@videnbro/dev-services';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { buildPostingWorld, expectStatus, injectAs, needPayload } from './test-postings';
import type { PostingWorld } from './test-postings';
import { startTestRelay } from './test-search';
import type { TestRelay } from './test-search';

/**
 * Meilisearch goes away in the middle of a stream of writes and comes back: the writes succeed
 * throughout, and the relay, running in its loop as in the worker, brings the index level with the
 * database. This file runs a Meilisearch of its own, since it stops it.
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

/** Polls until the check passes; the deadline only bounds a hang, it measures nothing. */
async function eventually(check: () => Promise<boolean>, what: string, deadlineMs = 90_000) {
  const end = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await sleep(200);
  }
}

it('takes writes while Meilisearch is down, and the index catches up when it returns', async () => {
  const db = api.app.get(DataSource);
  const write = async (n: number) => {
    const need = await expectStatus(
      injectAs(api, world.users.author, {
        method: 'POST',
        url: '/api/v1/needs',
        payload: needPayload(world.orgs.sme, { title: `Streamed need ${n}`, status: 'open' }),
      }),
      201,
    );
    if (n % 3 === 0) {
      await expectStatus(
        injectAs(api, world.users.author, {
          method: 'PATCH',
          url: `/api/v1/needs/${need.id}`,
          payload: { title: `Streamed need ${n}, edited` },
        }),
        200,
      );
    }
    if (n % 5 === 0) {
      await expectStatus(
        injectAs(api, world.users.author, { method: 'DELETE', url: `/api/v1/needs/${need.id}` }),
        204,
      );
    }
  };

  for (let n = 0; n < 10; n++) await write(n);
  await meili.meili.stop();
  for (let n = 10; n < 30; n++) await write(n);
  // Nothing could be relayed meanwhile: the rows wait, with the reason.
  const down = await relay.queue.status();
  expect(down.pending).toBeGreaterThan(0);
  expect(down.failed).toBe(0);
  await meili.meili.start();
  for (let n = 30; n < 40; n++) await write(n);

  const pending = async () =>
    (await db.query(`select count(*)::int as n from outbox_events where processed_at is null`))[0].n;
  await eventually(async () => (await pending()) === 0, 'the outbox to drain');
  const [expected, indexed] = await Promise.all([relay.expectedDocuments(), relay.indexedDocuments()]);
  expect(indexed).toEqual(expected);
  // 40 needs, every fifth deleted, and the five organisations.
  expect([...indexed.values()].filter((document) => document.type === 'need')).toHaveLength(32);
  expect(await relay.queue.status()).toMatchObject({ pending: 0, failed: 0 });
});
