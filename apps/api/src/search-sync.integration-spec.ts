import { MAX_ATTEMPTS } from '@videnbro/outbox';
import {
  DEFAULT_RELAY_OPTIONS,
  SEARCH_INDEX_SETTINGS,
  SearchReconciliation,
  SearchReindex,
} from '@videnbro/search-index';
import { DataSource } from 'typeorm';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { buildPostingWorld, competencePayload, expectStatus, injectAs, needPayload } from './test-postings';
import type { PostingWorld } from './test-postings';
import { startTestRelay } from './test-search';
import type { TestRelay } from './test-search';

/** The outbox relay against the real Postgres and Meilisearch: the index follows the database. */

let api: TestApi;
let world: PostingWorld;
let search: TestRelay;
let db: DataSource;

const quick = { ...DEFAULT_RELAY_OPTIONS, retryBaseSeconds: 0 };

beforeAll(async () => {
  api = await startTestApi();
  world = await buildPostingWorld(api);
  search = await startTestRelay(api.context.config);
  await search.index.prepare();
  db = api.app.get(DataSource);
});
afterAll(async () => {
  await search.close();
  await api.close();
});

const createNeed = (extra: Record<string, unknown>) =>
  expectStatus(
    injectAs(api, world.users.author, {
      method: 'POST',
      url: '/api/v1/needs',
      payload: needPayload(world.orgs.sme, extra),
    }),
    201,
  ).then((need) => need.id as string);

const setStatus = (id: string, status: string) =>
  expectStatus(
    injectAs(api, world.users.author, {
      method: 'POST',
      url: `/api/v1/needs/${id}/status`,
      payload: { status },
    }),
    200,
  );

const pendingRows = async () =>
  (await db.query(`select count(*)::int as n from outbox_events where processed_at is null`))[0].n as number;

async function expectIndexEqualsDatabase() {
  const [expected, indexed] = await Promise.all([search.expectedDocuments(), search.indexedDocuments()]);
  expect([...indexed.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [id, document] of expected) expect(indexed.get(id)).toEqual(document);
}

describe('the outbox relay', () => {
  it('indexes published postings and organisations, never drafts, closed or deleted ones', async () => {
    const open = await createNeed({ title: 'Open need for sensors', visibility: 'brokers', status: 'open' });
    const draft = await createNeed({ title: 'Draft need for sensors', status: 'draft' });
    const closed = await createNeed({ title: 'Closed need for sensors', status: 'open' });
    await setStatus(closed, 'closed');
    const deleted = await createNeed({ title: 'Deleted need for sensors', status: 'open' });
    await expectStatus(
      injectAs(api, world.users.author, { method: 'DELETE', url: `/api/v1/needs/${deleted}` }),
      204,
    );
    const competence = await expectStatus(
      injectAs(api, world.users.scholar, {
        method: 'POST',
        url: '/api/v1/competencies',
        payload: competencePayload(world.orgs.university, { status: 'open' }),
      }),
      201,
    );

    const pass = await search.relay.drain();
    expect(pass.failed).toBe(0);
    expect(await pendingRows()).toBe(0);
    const indexed = await search.indexedDocuments();
    expect(indexed.has(`need-${draft}`)).toBe(false);
    expect(indexed.has(`need-${closed}`)).toBe(false);
    expect(indexed.has(`need-${deleted}`)).toBe(false);
    expect(indexed.get(`need-${open}`)).toMatchObject({
      type: 'need',
      title: 'Open need for sensors',
      visibility: 'brokers',
      status: 'open',
      organizationId: world.orgs.sme,
      organizationName: 'Fjordmejeriet ApS',
      kind: 'sme',
      clusterIds: [world.orgs.clusterA],
      tags: ['sensors', 'dairy'],
    });
    expect(indexed.get(`competence-${competence.id}`)).toMatchObject({
      type: 'competence',
      kind: 'university',
    });
    for (const id of Object.values(world.orgs)) expect(indexed.has(`organization-${id}`)).toBe(true);
    await expectIndexEqualsDatabase();
  });

  it('follows edits, status changes, deletions and cluster membership', async () => {
    const id = await createNeed({ title: 'Need that changes', status: 'open', visibility: 'brokers' });
    await search.relay.drain();
    await expectStatus(
      injectAs(api, world.users.author, {
        method: 'PATCH',
        url: `/api/v1/needs/${id}`,
        payload: { title: 'Need that changed' },
      }),
      200,
    );
    // Leaving the cluster changes who may read the SME's confidential needs: their documents follow.
    await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'DELETE',
        url: `/api/v1/clusters/${world.orgs.clusterA}/members/${world.orgs.sme}`,
      }),
      204,
    );
    await search.relay.drain();
    expect((await search.indexedDocuments()).get(`need-${id}`)).toMatchObject({
      title: 'Need that changed',
      clusterIds: [],
    });
    await expectIndexEqualsDatabase();

    await setStatus(id, 'closed');
    await search.relay.drain();
    expect((await search.indexedDocuments()).has(`need-${id}`)).toBe(false);
    await setStatus(id, 'open');
    await search.relay.drain();
    expect((await search.indexedDocuments()).has(`need-${id}`)).toBe(true);
    await expectIndexEqualsDatabase();
  });

  it('keeps a row that keeps failing, with its error, and relays the rows around it', async () => {
    const good = await createNeed({ title: 'Need next to a broken row', status: 'open' });
    const [{ id: broken }] = await db.query(
      `insert into outbox_events (entity_type, entity_id, operation)
       values ('project', gen_random_uuid(), 'upsert') returning id::text`,
    );
    await search.relay.drain(quick);
    const [row] = await db.query(
      `select processed_at, attempts, last_error from outbox_events where id = $1`,
      [broken],
    );
    expect(row).toEqual({ processed_at: null, attempts: MAX_ATTEMPTS, last_error: 'Unknown entity type' });
    expect((await search.indexedDocuments()).has(`need-${good}`)).toBe(true);
    expect(await search.queue.status()).toMatchObject({
      pending: 0,
      failed: 1,
      lastError: 'Unknown entity type',
    });
    await db.query(`delete from outbox_events where id = $1`, [broken]);
  });

  it('lets several relays work at once: each row is relayed once, and the index ends equal', async () => {
    const ids = await Promise.all(
      Array.from({ length: 60 }, (_, n) => createNeed({ title: `Parallel need ${n}`, status: 'open' })),
    );
    const options = { ...DEFAULT_RELAY_OPTIONS, batchSize: 7 };
    const passes = await Promise.all([1, 2, 3].map(() => search.relay.drain(options)));
    expect(passes.reduce((sum, pass) => sum + pass.relayed, 0)).toBe(ids.length);
    expect(passes.every((pass) => pass.failed === 0 && pass.released === 0)).toBe(true);
    expect(await pendingRows()).toBe(0);
    await expectIndexEqualsDatabase();
  });

  it('applies the index settings idempotently', async () => {
    await search.index.prepare();
    await search.index.prepare();
    const settings = await search.index.index().getSettings();
    expect(settings).toMatchObject({
      searchableAttributes: SEARCH_INDEX_SETTINGS.searchableAttributes,
      rankingRules: SEARCH_INDEX_SETTINGS.rankingRules,
      stopWords: expect.arrayContaining(['og', 'the']),
    });
    expect(settings.synonyms?.['maskinlæring']).toEqual(expect.arrayContaining(['machine learning', 'ml']));
    expect([...(settings.filterableAttributes ?? [])].sort()).toEqual(
      [...(SEARCH_INDEX_SETTINGS.filterableAttributes ?? [])].sort(),
    );
  });

  it('reconciles: finds missing, stale and extra documents and repairs them through the outbox', async () => {
    const confidential = await createNeed({
      title: 'Confidential need to drift',
      status: 'open',
      visibility: 'brokers',
    });
    await search.relay.drain();
    const index = search.index.index();
    const drifted = (await search.indexedDocuments()).get(`need-${confidential}`);
    // The dangerous kind of drift: a confidential document that the index holds as public.
    await index.addDocuments([{ ...drifted!, visibility: 'public' }]).waitTask();
    await index.deleteDocument(`organization-${world.orgs.university}`).waitTask();
    const ghost = {
      ...drifted!,
      id: 'need-00000000-0000-4000-8000-000000000001',
      entityId: '00000000-0000-4000-8000-000000000001',
    };
    await index.addDocuments([ghost]).waitTask();

    const reconciliation = search.context.get(SearchReconciliation);
    expect(await reconciliation.run()).toEqual({ missing: 1, stale: 1, extra: 1 });
    await search.relay.drain();
    await expectIndexEqualsDatabase();
    expect(await reconciliation.run()).toEqual({ missing: 0, stale: 0, extra: 0 });
  });

  it('leaves changes still in the outbox to the relay instead of queueing them twice', async () => {
    await search.relay.drain();
    const need = await createNeed({ title: 'A need the relay has not seen yet', status: 'open' });
    const reconciliation = search.context.get(SearchReconciliation);
    expect(await reconciliation.run()).toEqual({ missing: 0, stale: 0, extra: 0 });
    const [{ rows }] = await db.query(
      `select count(*)::int as rows from outbox_events where entity_id = $1 and processed_at is null`,
      [need],
    );
    expect(rows).toBe(1);
    await search.relay.drain();
    await expectIndexEqualsDatabase();
  });

  it('prunes outbox rows processed more than the days kept, never newer or pending ones', async () => {
    await search.relay.drain();
    const old = await createNeed({ title: 'A need relayed long ago', status: 'open' });
    const recent = await createNeed({ title: 'A need relayed lately', status: 'open' });
    await search.relay.drain();
    const pending = await createNeed({ title: 'A need still waiting for the relay', status: 'open' });
    await db.query(
      `update outbox_events set processed_at = now() - interval '31 days' where entity_id = $1`,
      [old],
    );
    await db.query(
      `update outbox_events set processed_at = now() - interval '29 days' where entity_id = $1`,
      [recent],
    );
    const rowsOf = async (id: string) =>
      (await db.query(`select count(*)::int as n from outbox_events where entity_id = $1`, [id]))[0]
        .n as number;
    const before = (await db.query(`select count(*)::int as n from outbox_events`))[0].n as number;

    expect(await search.queue.pruneProcessed(30)).toBe(1);
    expect([await rowsOf(old), await rowsOf(recent), await rowsOf(pending)]).toEqual([0, 1, 1]);
    expect((await db.query(`select count(*)::int as n from outbox_events`))[0].n).toBe(before - 1);
    // What the relay does is unchanged: the waiting need is indexed, the index equals the database.
    await search.relay.drain();
    await expectIndexEqualsDatabase();
  });

  it('rebuilds the index from scratch and swaps it in', async () => {
    await search.index.index().deleteDocument(`organization-${world.orgs.sme}`).waitTask();
    const result = await search.context.get(SearchReindex).run();
    expect(result.documents).toEqual(await search.sources.counts());
    await expectIndexEqualsDatabase();
    expect((await search.index.index().getSettings()).rankingRules).toEqual(
      SEARCH_INDEX_SETTINGS.rankingRules,
    );
  });
});

describe('GET /api/v1/admin/search/status', () => {
  const status = (user: (typeof world.users)[keyof typeof world.users] | null, code: number) =>
    expectStatus(injectAs(api, user, { method: 'GET', url: '/api/v1/admin/search/status' }), code);

  it('shows admins what is pending, the lag and the counts against the database', async () => {
    await search.relay.drain();
    const synced = await status(world.users.admin, 200);
    expect(synced).toMatchObject({
      outbox: { pending: 0, failed: 0, lagSeconds: 0, lastError: null },
      index: { uid: search.index.uid, error: null },
      inSync: true,
    });
    expect(synced.index.documents).toEqual(synced.database);

    await createNeed({ title: 'Need not relayed yet', status: 'open' });
    const behind = await status(world.users.admin, 200);
    expect(behind.outbox.pending).toBe(1);
    expect(behind.database.need).toBe(synced.database.need + 1);
    expect(behind.inSync).toBe(false);
  });

  it('is for platform admins only', async () => {
    await status(null, 401);
    await status(world.users.programme, 403);
    await status(world.users.brokerA, 403);
  });
});
