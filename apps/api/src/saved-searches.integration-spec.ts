import { Module } from '@nestjs/common';
import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { DatabaseModule } from '@videnbro/database';
import { MeiliModule } from '@videnbro/meili';
import { OrganizationAccess, OrganizationsModule } from '@videnbro/organizations';
import { DEFAULT_SAVED_SEARCH_JOB_OPTIONS, SavedSearchJob, SavedSearchJobModule } from '@videnbro/search';
import { DataSource } from 'typeorm';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { buildPostingWorld, competencePayload, expectStatus, injectAs, needPayload } from './test-postings';
import type { PostingWorld } from './test-postings';
import { startTestRelay } from './test-search';
import type { TestRelay } from './test-search';
import { signUp } from './test-users';
import type { TestUser } from './test-users';

/**
 * Saved searches: the caller's own, validated like GET /search; and the worker's job that announces
 * new matching needs and competencies once per user, under the owner's own visibility.
 */

@Module({})
class TestJobModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: TestJobModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        MeiliModule,
        SavedSearchJobModule.register({
          imports: [OrganizationsModule],
          memberships: OrganizationAccess,
          loop: false,
        }),
      ],
    };
  }
}

/** The job as the worker has it (without its timer), on the test's database and index. */
async function startJob(config: AppConfig): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(TestJobModule.forRoot(config), {
    logger: false,
  });
  return context.init();
}

let api: TestApi;
let world: PostingWorld;
let relay: TestRelay;
let jobs: INestApplicationContext[];
let database: DataSource;

beforeAll(async () => {
  api = await startTestApi();
  world = await buildPostingWorld(api);
  relay = await startTestRelay(api.context.config);
  await relay.index.prepare();
  // Two workers' jobs, as when two workers run side by side.
  jobs = [await startJob(api.context.config), await startJob(api.context.config)];
  database = jobs[0].get(DataSource);
});
afterAll(async () => {
  for (const job of jobs ?? []) await job.close();
  await relay?.close();
  await api?.close();
});

const url = '/api/v1/saved-searches';
const save = (user: TestUser, name: string, query: Record<string, unknown>) =>
  expectStatus(injectAs(api, user, { method: 'POST', url, payload: { name, query } }), 201);
const list = (user: TestUser) => expectStatus(injectAs(api, user, { method: 'GET', url }), 200);

/** Runs the job without a settling time: the test has drained the relay before. */
const runJob = (job = jobs[0]) =>
  job.get(SavedSearchJob).run({ ...DEFAULT_SAVED_SEARCH_JOB_OPTIONS, settleSeconds: 0 });

const post = async (user: TestUser, plural: 'needs' | 'competencies', payload: Record<string, unknown>) =>
  (await expectStatus(injectAs(api, user, { method: 'POST', url: `/api/v1/${plural}`, payload }), 201))
    .id as string;

/** The saved-search notices a user has, as stored. */
async function noticesOf(user: TestUser) {
  const rows: { link: string; params: Record<string, unknown>; dedupe_key: string }[] = await database.query(
    `select link, params, dedupe_key from notifications
      where user_id = $1 and kind = 'saved_search_match' order by created_at`,
    [user.id],
  );
  return rows;
}

describe('saved searches: the API', () => {
  let owner: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    owner = await signUp(api, 'gemt@soeg.dk');
    other = await signUp(api, 'anden@soeg.dk');
  });

  it('saves a search with its text and filters, lists, renames and deletes it', async () => {
    expect(await list(owner)).toEqual([]);
    const saved = await save(owner, '  Sensors in dairies ', {
      q: ' sensor ',
      types: 'need',
      region: ['nordjylland', 'midtjylland'],
      tags: ['Dairy', 'dairy'],
      cluster: world.orgs.clusterA,
    });
    expect(saved).toEqual({
      id: expect.any(String),
      name: 'Sensors in dairies',
      query: {
        q: 'sensor',
        types: ['need'],
        region: ['nordjylland', 'midtjylland'],
        tags: ['dairy'],
        cluster: world.orgs.clusterA,
      },
      createdAt: expect.any(String),
    });
    expect(await list(owner)).toEqual([saved]);
    expect(await list(other)).toEqual([]);

    const renamed = await expectStatus(
      injectAs(api, owner, { method: 'PATCH', url: `${url}/${saved.id}`, payload: { name: 'Mejerier' } }),
      200,
    );
    expect(renamed).toEqual({ ...saved, name: 'Mejerier' });
    await expectStatus(injectAs(api, owner, { method: 'DELETE', url: `${url}/${saved.id}` }), 204);
    expect(await list(owner)).toEqual([]);
  });

  it("answers 404 for another user's saved search, and changes nothing", async () => {
    const saved = await save(owner, 'Mine', { q: 'robot' });
    for (const request of [
      { method: 'PATCH' as const, url: `${url}/${saved.id}`, payload: { name: 'Taken' } },
      { method: 'DELETE' as const, url: `${url}/${saved.id}` },
      {
        method: 'PATCH' as const,
        url: `${url}/00000000-0000-4000-8000-000000000000`,
        payload: { name: 'x' },
      },
    ]) {
      const body = await expectStatus(injectAs(api, other, request), 404);
      expect(body).toMatchObject({ statusCode: 404, message: 'Saved search not found' });
    }
    expect(await list(owner)).toEqual([saved]);
    await expectStatus(injectAs(api, owner, { method: 'DELETE', url: `${url}/${saved.id}` }), 204);
  });

  it('refuses bad input by the rules of GET /search, with the field named, and saves nothing', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ query: { q: 'x' } }, 'name'],
      [{ name: '   ', query: {} }, 'name'],
      [{ name: 'a'.repeat(101), query: {} }, 'name'],
      [{ name: 'bell\u0007', query: {} }, 'name'],
      [{ name: 'No query' }, 'query'],
      [{ name: 'x', query: 'sensor' }, 'query'],
      [{ name: 'x', query: { types: ['person'] } }, 'query.types'],
      [{ name: 'x', query: { region: ['atlantis'] } }, 'query.region'],
      [{ name: 'x', query: { cluster: 'not-a-uuid' } }, 'query.cluster'],
      [{ name: 'x', query: { q: 'a'.repeat(201) } }, 'query.q'],
      [{ name: 'x', query: { visibility: 'brokers' } }, 'query.visibility'],
      [{ name: 'x', query: {}, userId: other.id }, 'userId'],
    ];
    for (const [payload, field] of bad) {
      const body = await expectStatus(injectAs(api, owner, { method: 'POST', url, payload }), 400);
      expect(body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    }
    const saved = await save(owner, 'Valid', {});
    await expectStatus(
      injectAs(api, owner, { method: 'PATCH', url: `${url}/${saved.id}`, payload: { name: '' } }),
      400,
    );
    await expectStatus(
      injectAs(api, owner, { method: 'PATCH', url: `${url}/not-a-uuid`, payload: { name: 'x' } }),
      400,
    );
    expect(await list(owner)).toEqual([saved]);
    await expectStatus(injectAs(api, owner, { method: 'DELETE', url: `${url}/${saved.id}` }), 204);
  });

  it('keeps at most 50 per user, also when requests come at once', async () => {
    const user = await signUp(api, 'mange@soeg.dk');
    const answers = await Promise.all(
      Array.from({ length: 53 }, (_, index) =>
        injectAs(api, user, { method: 'POST', url, payload: { name: `Search ${index}`, query: {} } }),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(50);
    expect(statuses.filter((status) => status === 409)).toHaveLength(3);
    expect(await list(user)).toHaveLength(50);
  });
});

describe('saved searches: the job', () => {
  it('announces a new matching need once, with a link to it; a rerun announces nothing more', async () => {
    const scholar = world.users.scholar;
    const before = await post(
      world.users.author,
      'needs',
      needPayload(world.orgs.sme, { title: 'Ostesensorer før', status: 'open' }),
    );
    await relay.relay.drain();
    await runJob();
    const saved = await save(scholar, 'Ost', { q: 'ostesensorer', types: ['need'] });
    const fresh = await post(
      world.users.author,
      'needs',
      needPayload(world.orgs.sme, { title: 'Ostesensorer efter', status: 'open' }),
    );
    // Not published yet: a draft is in no search.
    const draft = await post(
      world.users.author,
      'needs',
      needPayload(world.orgs.sme, { title: 'Ostesensorer kladde' }),
    );
    await relay.relay.drain();

    await runJob();
    expect(await noticesOf(scholar)).toEqual([
      {
        link: `/needs/${fresh}`,
        dedupe_key: `saved_search_match:need:${fresh}`,
        params: {
          savedSearchName: 'Ost',
          postingType: 'need',
          title: 'Ostesensorer efter',
          organizationName: 'Fjordmejeriet ApS',
        },
      },
    ]);
    expect(await runJob()).toMatchObject({ notices: 0 });
    // The need published before the search was saved is no news; the draft, once published, is.
    await expectStatus(
      injectAs(api, world.users.author, {
        method: 'POST',
        url: `/api/v1/needs/${draft}/status`,
        payload: { status: 'open' },
      }),
      200,
    );
    await relay.relay.drain();
    await runJob();
    expect((await noticesOf(scholar)).map((notice) => notice.link)).toEqual([
      `/needs/${fresh}`,
      `/needs/${draft}`,
    ]);
    expect(JSON.stringify(await noticesOf(scholar))).not.toContain(before);
    await expectStatus(injectAs(api, scholar, { method: 'DELETE', url: `${url}/${saved.id}` }), 204);
  });

  it('two jobs at once and a rerun still announce each item once; two matching searches of one user give one notice', async () => {
    const user = await signUp(api, 'to@soeg.dk');
    await save(user, 'Kompetencer', { q: 'spektroskopi' });
    await save(user, 'Studenterprojekter', {
      q: 'spektroskopi',
      types: ['competence'],
      formats: ['student_project'],
    });
    // Many searches of other users, so that the two jobs share the work.
    const others = await Promise.all(
      Array.from({ length: 6 }, (_, index) => signUp(api, `flere${index}@soeg.dk`)),
    );
    for (const other of others) await save(other, 'Spektroskopi', { q: 'spektroskopi' });
    const ids = [
      await post(
        world.users.scholar,
        'competencies',
        competencePayload(world.orgs.university, { title: 'Spektroskopi af mælk', status: 'open' }),
      ),
      await post(
        world.users.scholar,
        'competencies',
        competencePayload(world.orgs.university, { title: 'Spektroskopi af korn', status: 'open' }),
      ),
    ];
    await relay.relay.drain();

    const options = { ...DEFAULT_SAVED_SEARCH_JOB_OPTIONS, settleSeconds: 0, batchSize: 2 };
    await Promise.all(jobs.map((job) => job.get(SavedSearchJob).run(options)));
    expect(await runJob(jobs[1])).toMatchObject({ notices: 0 });
    for (const reader of [user, ...others]) {
      expect((await noticesOf(reader)).map((notice) => notice.link).sort()).toEqual(
        ids.map((id) => `/competencies/${id}`).sort(),
      );
    }
  });

  it('never announces a confidential need to someone who may not see it', async () => {
    const readers = {
      brokerA: world.users.brokerA,
      brokerB: world.users.brokerB,
      stranger: world.users.stranger,
      scholar: world.users.scholar,
      programme: world.users.programme,
    };
    for (const reader of Object.values(readers)) await save(reader, 'Hemmelig', { q: 'kvantevalle' });
    const secret = await post(
      world.users.author,
      'needs',
      needPayload(world.orgs.sme, { title: 'Fortrolig kvantevalle', visibility: 'brokers', status: 'open' }),
    );
    await relay.relay.drain();
    await runJob();
    const told = async (reader: TestUser) =>
      (await noticesOf(reader)).some((notice) => notice.link === `/needs/${secret}`);
    // The cluster's broker and programme staff may read it; nobody else hears of it.
    expect(await told(readers.brokerA)).toBe(true);
    expect(await told(readers.programme)).toBe(true);
    for (const reader of [readers.brokerB, readers.stranger, readers.scholar])
      expect(await told(reader)).toBe(false);
    // Made visible to everyone signed in: now the others are told, once.
    await expectStatus(
      injectAs(api, world.users.author, {
        method: 'PATCH',
        url: `/api/v1/needs/${secret}`,
        payload: { visibility: 'registered' },
      }),
      200,
    );
    await relay.relay.drain();
    await runJob();
    for (const reader of Object.values(readers)) {
      expect((await noticesOf(reader)).filter((notice) => notice.link === `/needs/${secret}`)).toHaveLength(
        1,
      );
    }
  });

  it("does not announce a posting of the user's own organisation", async () => {
    await save(world.users.colleague, 'Egne', { q: 'mejeribakterier' });
    await post(
      world.users.author,
      'needs',
      needPayload(world.orgs.sme, { title: 'Mejeribakterier', status: 'open' }),
    );
    await relay.relay.drain();
    await runJob();
    expect(await noticesOf(world.users.colleague)).toEqual([]);
  });
});
