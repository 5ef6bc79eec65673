import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { buildPostingWorld, competencePayload, expectStatus, injectAs, needPayload } from './test-postings';
import type { PostingWorld } from './test-postings';
import { startTestRelay } from './test-search';
import type { TestRelay } from './test-search';
import type { TestUser } from './test-users';

/** The brokers' inbox (`GET /cases/inbox`) and the age filter of `GET /cases`. */

let api: TestApi;
let db: DataSource;
let relay: TestRelay;
let world: PostingWorld;
let dataDir: string;
/** The SME's needs (cluster A): open, confidential, draft, closed; the unrelated company's (cluster B). */
const needs: Record<string, string> = {};
let competence: string;

type CallerName = keyof PostingWorld['users'] | 'anonymous';
const userOf = (caller: CallerName): TestUser | null => (caller === 'anonymous' ? null : world.users[caller]);

function call(caller: CallerName, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return injectAs(api, userOf(caller), { method, url, payload });
}

interface InboxItem {
  need: { id: string; name: string };
  company: { id: string; name: string; kind: string };
  visibility: string;
  matches: {
    institution: { id: string; name: string };
    competence: { id: string; name: string } | null;
    score: number;
    sharedTags: string[];
    sharedTerms: string[];
  }[];
}

const inboxUrl = (cluster: string, query = '') => `/api/v1/cases/inbox?cluster=${cluster}${query}`;

async function inbox(caller: CallerName, cluster: string, query = '') {
  return expectStatus(call(caller, 'GET', inboxUrl(cluster, query)), 200) as Promise<{
    items: InboxItem[];
    total: number;
    page: number;
    limit: number;
  }>;
}

const inboxNeeds = async (cluster = world.orgs.clusterA) =>
  (await inbox('brokerA', cluster)).items.map((item) => item.need.id);

/** Creates a need through the API, dated `daysAgo` (the inbox's order). */
async function postNeed(
  user: TestUser,
  organizationId: string,
  daysAgo: number,
  extra: Record<string, unknown>,
) {
  const { id } = await expectStatus(
    injectAs(api, user, {
      method: 'POST',
      url: '/api/v1/needs',
      payload: needPayload(organizationId, extra),
    }),
    201,
  );
  await db.query(`update needs set created_at = now() - make_interval(days => $2) where id = $1`, [
    id,
    daysAgo,
  ]);
  return id as string;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'videnbro-case-inbox-'));
  api = await startTestApi({
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://localhost:3000',
    CASE_LINK_SECRET: 'a-test-secret-for-case-links-0123456789',
  });
  db = api.app.get(DataSource);
  world = await buildPostingWorld(api);
  relay = await startTestRelay(api.context.config);
  await relay.index.prepare();
  const { author, unrelatedOwner, scholar } = world.users;
  needs.open = await postNeed(author, world.orgs.sme, 3, { status: 'open' });
  needs.confidential = await postNeed(author, world.orgs.sme, 1, {
    title: 'Sensors for cheese ripening',
    status: 'open',
    visibility: 'brokers',
  });
  needs.draft = await postNeed(author, world.orgs.sme, 0, { title: 'Unfinished idea', status: 'draft' });
  needs.closed = await postNeed(author, world.orgs.sme, 2, { title: 'Old question', status: 'draft' });
  await expectStatus(
    call('author', 'POST', `/api/v1/needs/${needs.closed}/status`, { status: 'closed' }),
    200,
  );
  needs.unrelated = await postNeed(unrelatedOwner, world.orgs.unrelated, 2, {
    title: 'Wind turbine vibration',
    status: 'open',
  });
  competence = (
    await expectStatus(
      injectAs(api, scholar, {
        method: 'POST',
        url: '/api/v1/competencies',
        payload: competencePayload(world.orgs.university, { status: 'open', tags: ['Sensors'] }),
      }),
      201,
    )
  ).id;
  await relay.relay.drain();
});
afterAll(async () => {
  await relay.close();
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the inbox', () => {
  it('lists the open needs of the cluster’s members without a case, newest first, with their best matches', async () => {
    const page = await inbox('brokerA', world.orgs.clusterA);
    expect(page).toMatchObject({ total: 2, page: 1, limit: 10 });
    // Drafts, closed needs and other clusters' members' needs stay out; a confidential one is for brokers.
    expect(page.items.map((item) => item.need.id)).toEqual([needs.confidential, needs.open]);
    const [confidential, open] = page.items;
    expect(confidential).toMatchObject({
      need: { name: 'Sensors for cheese ripening' },
      company: { id: world.orgs.sme, name: 'Fjordmejeriet ApS', kind: 'sme' },
      visibility: 'brokers',
    });
    expect(open.matches.length).toBeGreaterThan(0);
    expect(open.matches.length).toBeLessThanOrEqual(3);
    expect(open.matches[0]).toMatchObject({
      institution: { id: world.orgs.university, name: 'Vestjysk Universitet' },
      competence: { id: competence, name: 'Machine learning on animal sensor data' },
      sharedTags: ['sensors'],
    });
    for (const match of page.items.flatMap((item) => item.matches)) {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
    }
  });

  it('never carries contact persons', async () => {
    const { body } = await call('brokerA', 'GET', inboxUrl(world.orgs.clusterA));
    for (const person of ['anna@mejeri.dk', 'Anna Author', 'sara@uni.dk', 'Sara Scholar', 'olga@mejeri.dk'])
      expect(body).not.toContain(person);
  });

  it('pages', async () => {
    const second = await inbox('brokerA', world.orgs.clusterA, '&page=2&limit=1');
    expect(second).toMatchObject({ total: 2, page: 2, limit: 1 });
    expect(second.items.map((item) => item.need.id)).toEqual([needs.open]);
    expect((await inbox('brokerA', world.orgs.clusterA, '&page=3&limit=1')).items).toEqual([]);
  });

  it('shows a need not indexed yet without matches rather than failing', async () => {
    const fresh = await postNeed(world.users.author, world.orgs.sme, 0, {
      title: 'Brand new',
      status: 'open',
    });
    const [first] = (await inbox('brokerA', world.orgs.clusterA)).items;
    expect(first).toMatchObject({ need: { id: fresh }, matches: [] });
    await expectStatus(call('author', 'POST', `/api/v1/needs/${fresh}/status`, { status: 'closed' }), 200);
    await relay.relay.drain();
    expect(await inboxNeeds()).not.toContain(fresh);
  });

  it('loses a need once a case on it opens (proposed in two steps from a match), and gets it back once that case is declined', async () => {
    const [item] = (await inbox('brokerA', world.orgs.clusterA)).items.filter(
      (i) => i.need.id === needs.open,
    );
    const [best] = item.matches;
    const created = await expectStatus(
      call('brokerA', 'POST', '/api/v1/cases', {
        companyId: item.company.id,
        institutionId: best.institution.id,
        needId: item.need.id,
        competenceId: best.competence?.id,
        clusterId: world.orgs.clusterA,
      }),
      201,
    );
    expect(created).toMatchObject({ origin: 'broker_match', ownerCluster: { id: world.orgs.clusterA } });
    expect(await inboxNeeds()).toEqual([needs.confidential]);
    const proposed = await expectStatus(
      call('brokerA', 'PATCH', `/api/v1/cases/${created.id}`, { stage: 'introduced' }),
      200,
    );
    expect(proposed.consents.map((c: { status: string }) => c.status)).toEqual(['pending', 'pending']);
    expect(await inboxNeeds()).toEqual([needs.confidential]);

    await expectStatus(call('brokerA', 'PATCH', `/api/v1/cases/${created.id}`, { stage: 'declined' }), 200);
    expect(await inboxNeeds()).toEqual([needs.confidential, needs.open]);
  });

  it('is the cluster’s brokers’ and admins’ only', async () => {
    const expected: Record<CallerName, number> = {
      brokerA: 200,
      admin: 200,
      brokerB: 403,
      author: 403,
      smeOwner: 403,
      scholar: 403,
      unrelatedOwner: 403,
      colleague: 403,
      smeAdmin: 403,
      stranger: 403,
      programme: 403,
      anonymous: 401,
    };
    const actual: Record<string, number> = {};
    for (const caller of Object.keys(expected) as CallerName[]) {
      actual[caller] = (await call(caller, 'GET', inboxUrl(world.orgs.clusterA))).statusCode;
    }
    expect(actual).toEqual(expected);
    // Cluster B's broker sees cluster B's inbox: its member's need, not cluster A's.
    const other = await inbox('brokerB', world.orgs.clusterB);
    expect(other.items.map((item) => item.need.id)).toEqual([needs.unrelated]);
  });

  it('answers bad queries with a 400 naming the field', async () => {
    const bad = async (caller: CallerName, url: string, field: string) => {
      const response = await call(caller, 'GET', url);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(field);
    };
    await bad('brokerA', '/api/v1/cases/inbox', 'cluster');
    await bad('brokerA', '/api/v1/cases/inbox?cluster=nope', 'cluster');
    await bad('brokerA', inboxUrl(world.orgs.clusterA, '&limit=21'), 'limit');
    await bad('brokerA', inboxUrl(world.orgs.clusterA, '&limit=0'), 'limit');
    await bad('brokerA', inboxUrl(world.orgs.clusterA, '&page=0'), 'page');
    await bad('admin', inboxUrl(world.orgs.sme), 'cluster');
  });
});

describe('the age filter of GET /cases', () => {
  it('keeps the cases created more than the given days ago', async () => {
    const { id: recent } = await expectStatus(
      call('brokerA', 'POST', '/api/v1/cases', {
        companyId: world.orgs.sme,
        institutionId: world.orgs.university,
        needId: needs.confidential,
        clusterId: world.orgs.clusterA,
      }),
      201,
    );
    const [{ id: old }] = await db.query(`select id from cases where need_id = $1 and stage = 'declined'`, [
      needs.open,
    ]);
    await db.query(`update cases set created_at = now() - interval '10 days' where id = $1`, [old]);
    const ids = async (query: string) =>
      (await expectStatus(call('brokerA', 'GET', `/api/v1/cases?${query}`), 200)).items.map(
        (c: { id: string }) => c.id,
      );
    expect(await ids('olderThanDays=7')).toEqual([old]);
    expect(await ids('olderThanDays=11')).toEqual([]);
    expect((await ids('limit=100')).sort()).toEqual([old, recent].sort());
    // It combines with the other filters.
    expect(await ids('olderThanDays=7&stage=suggested')).toEqual([]);
    expect(await ids('olderThanDays=7&stage=declined')).toEqual([old]);
  });

  it('takes whole days from 1 to 3650 only', async () => {
    for (const value of ['0', '-1', '1.5', 'old', '3651']) {
      const response = await call('brokerA', 'GET', `/api/v1/cases?olderThanDays=${value}`);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('olderThanDays');
    }
  });
});
