import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { buildPostingWorld, expectStatus, injectAs, needPayload } from './test-postings';
import type { PostingWorld } from './test-postings';
import { readMails } from './test-mail';

let api: TestApi;
let db: DataSource;
let world: PostingWorld;
let dataDir: string;

type Name = keyof PostingWorld['users'];
const REASON = 'We have a supplier for this already, thanks';
/** The people of both sides: never in the params of a notice (they are the contacts consent protects). */
const PEOPLE = [
  'Olga Owner',
  'Alma Admin',
  'Anna Author',
  'Carl Colleague',
  'Sara Scholar',
  '@mejeri.dk',
  '@uni.dk',
];

function call(user: Name, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) {
  return injectAs(api, world.users[user], { method, url, payload });
}

async function newNeed(title: string): Promise<string> {
  const payload = needPayload(world.orgs.sme, {
    title,
    status: 'open',
    contactUserId: world.users.colleague.id,
  });
  return (await expectStatus(call('author', 'POST', '/api/v1/needs', payload), 201)).id;
}

async function newCase(title: string): Promise<string> {
  const body = {
    companyId: world.orgs.sme,
    institutionId: world.orgs.university,
    needId: await newNeed(title),
  };
  return (await expectStatus(call('author', 'POST', '/api/v1/cases', body), 201)).id;
}

interface Row {
  user: string;
  kind: string;
  delivery: string;
  params: Record<string, unknown>;
  link: string;
  mailed: boolean;
}

/** The notifications of a case since a moment, by recipient name. */
async function noticesOf(caseId: string, since: Date): Promise<Row[]> {
  const byId = new Map(Object.entries(world.users).map(([name, user]) => [user.id, name]));
  const rows = await db.query(
    `select user_id, kind, delivery, params, link, mailed_at is not null as mailed from notifications
      where link = $1 and created_at >= $2 order by kind, user_id`,
    [`/cases/${caseId}`, since],
  );
  return rows.map((r: { user_id: string } & Omit<Row, 'user'>) => ({
    user: byId.get(r.user_id) ?? r.user_id,
    kind: r.kind,
    delivery: r.delivery,
    params: r.params,
    link: r.link,
    mailed: r.mailed,
  }));
}

const who = (rows: Row[], kind: string) =>
  rows
    .filter((r) => r.kind === kind)
    .map((r) => r.user)
    .sort();

/** Runs a change and returns the notifications it wrote for the case. */
async function noticesAfter(caseId: string, change: () => Promise<unknown>): Promise<Row[]> {
  const [{ now }] = await db.query('select clock_timestamp() as now');
  await change();
  return noticesOf(caseId, now);
}

async function mailsTo(email: string): Promise<string[]> {
  return (await readMails(dataDir)).filter((mail) => mail.to === email).map((mail) => mail.body);
}

const propose = (caseId: string, user: Name = 'brokerA') =>
  expectStatus(call(user, 'PATCH', `/api/v1/cases/${caseId}`, { stage: 'introduced' }), 200);
const answer = (caseId: string, user: Name, decision: 'accept' | 'decline', reason?: string) =>
  expectStatus(call(user, 'POST', `/api/v1/cases/${caseId}/consent`, { decision, reason }), 200);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'videnbro-case-notices-'));
  api = await startTestApi({
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://localhost:3000',
    CASE_LINK_SECRET: 'a-test-secret-for-case-links-0123456789',
  });
  db = api.app.get(DataSource);
  world = await buildPostingWorld(api);
});
afterAll(async () => {
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('case notifications', () => {
  it('tell the receiving cluster’s brokers of a new case, not the SME member who asked', async () => {
    const [{ now }] = await db.query('select clock_timestamp() as now');
    const caseId = await newCase('Notices: a new case');
    const rows = await noticesOf(caseId, now);
    expect(rows).toEqual([
      {
        user: 'brokerA',
        kind: 'case_assigned',
        delivery: 'email',
        params: {
          company: 'Fjordmejeriet ApS',
          institution: 'Vestjysk Universitet',
          cluster: 'Food & Bio Cluster',
          via: 'created',
        },
        link: `/cases/${caseId}`,
        mailed: false,
      },
    ]);
  });

  it('tell the brokers when a request joins the open case, and the new owner broker', async () => {
    const needId = await newNeed('Notices: twins');
    const body = { companyId: world.orgs.sme, institutionId: world.orgs.university, needId };
    const caseId = (await expectStatus(call('author', 'POST', '/api/v1/cases', body), 201)).id;
    const joined = await noticesAfter(caseId, () =>
      expectStatus(call('colleague', 'POST', '/api/v1/cases', body), 200),
    );
    expect(joined.map((r) => `${r.user}:${r.kind}:${r.params.via}`)).toEqual([
      'brokerA:case_assigned:joined',
    ]);
    const owned = await noticesAfter(caseId, () =>
      expectStatus(
        call('admin', 'PATCH', `/api/v1/cases/${caseId}`, { ownerUserId: world.users.brokerA.id }),
        200,
      ),
    );
    expect(owned.map((r) => `${r.user}:${r.kind}:${r.params.via}`)).toEqual([
      'brokerA:case_assigned:owner_changed',
    ]);
    // Naming oneself the owner tells no one.
    await expectStatus(call('brokerA', 'PATCH', `/api/v1/cases/${caseId}`, { ownerUserId: null }), 200);
    const self = await noticesAfter(caseId, () =>
      expectStatus(
        call('brokerA', 'PATCH', `/api/v1/cases/${caseId}`, { ownerUserId: world.users.brokerA.id }),
        200,
      ),
    );
    expect(self).toEqual([]);
  });

  it('tell the cluster a case is handed over to, not the broker who handed it over', async () => {
    const caseId = await newCase('Notices: handover');
    const rows = await noticesAfter(caseId, () =>
      expectStatus(
        call('brokerA', 'POST', `/api/v1/cases/${caseId}/handover`, { clusterId: world.orgs.clusterB }),
        200,
      ),
    );
    expect(rows.map((r) => `${r.user}:${r.kind}:${r.params.via}:${r.params.cluster}`)).toEqual([
      'brokerB:case_assigned:handed_over:Energy Cluster',
    ]);
  });

  describe('through the introduction', () => {
    let caseId = '';
    beforeAll(async () => {
      caseId = await newCase('Notices: the introduction');
      await expectStatus(
        call('brokerA', 'POST', `/api/v1/cases/${caseId}/handover`, { clusterId: world.orgs.clusterB }),
        200,
      );
    });

    it('a proposal tells both sides’ people (the introduction mail’s recipients) and the other brokers', async () => {
      const rows = await noticesAfter(caseId, () => propose(caseId));
      expect(who(rows, 'introduction_proposed')).toEqual([
        'author',
        'colleague',
        'scholar',
        'smeAdmin',
        'smeOwner',
      ]);
      // The other cluster's broker; brokerA proposed it.
      expect(who(rows, 'stage_changed')).toEqual(['brokerB']);
      expect(rows.find((r) => r.user === 'scholar')?.params).toEqual({
        company: 'Fjordmejeriet ApS',
        institution: 'Vestjysk Universitet',
        cluster: 'Energy Cluster',
        party: 'institution',
        subject: 'Notices: the introduction',
      });
      // Email is their default: the introduction mail is that mail, so the row is mailed already.
      expect(rows.filter((r) => r.kind === 'introduction_proposed').every((r) => r.mailed)).toBe(true);
    });

    it('an answer tells the brokers and the other side, not the one who answered', async () => {
      const rows = await noticesAfter(caseId, () => answer(caseId, 'scholar', 'accept'));
      expect(who(rows, 'consent_answered')).toEqual([
        'author',
        'brokerA',
        'brokerB',
        'colleague',
        'smeAdmin',
        'smeOwner',
      ]);
      expect(rows[0].params).toMatchObject({ party: 'institution', decision: 'accepted' });
    });

    it('once both accepted, a stage change tells the brokers and both sides', async () => {
      await answer(caseId, 'author', 'accept');
      const rows = await noticesAfter(caseId, () =>
        expectStatus(call('brokerB', 'PATCH', `/api/v1/cases/${caseId}`, { stage: 'meeting_held' }), 200),
      );
      expect(who(rows, 'stage_changed')).toEqual([
        'author',
        'brokerA',
        'colleague',
        'scholar',
        'smeAdmin',
        'smeOwner',
      ]);
      expect(rows[0].params).toMatchObject({ from: 'introduced', to: 'meeting_held' });
    });

    it('a message tells everyone on the thread but its writer', async () => {
      const rows = await noticesAfter(caseId, () =>
        expectStatus(
          call('scholar', 'POST', `/api/v1/cases/${caseId}/messages`, { body: 'Shall we meet?' }),
          201,
        ),
      );
      expect(who(rows, 'message')).toEqual([
        'author',
        'brokerA',
        'brokerB',
        'colleague',
        'smeAdmin',
        'smeOwner',
      ]);
      expect(rows[0].params).toMatchObject({ party: 'institution' });
      expect(JSON.stringify(rows)).not.toContain('Shall we meet');
    });
  });

  it('a decline tells its decision, never its reason; params never name the parties’ people', async () => {
    const caseId = await newCase('Notices: a decline');
    await propose(caseId);
    const rows = await noticesAfter(caseId, () => answer(caseId, 'author', 'decline', REASON));
    expect(who(rows, 'consent_answered')).toEqual(['brokerA', 'scholar']);
    expect(rows[0].params).toMatchObject({ party: 'company', decision: 'declined' });
    const all = JSON.stringify(await db.query(`select params, link, dedupe_key from notifications`));
    expect(all).not.toContain(REASON);
    for (const person of PEOPLE) expect(all).not.toContain(person);
  });

  it('a confidential need’s title is not in the other side’s notice', async () => {
    const payload = needPayload(world.orgs.sme, {
      title: 'Notices: secret recipe',
      status: 'open',
      visibility: 'brokers',
    });
    const needId = (await expectStatus(call('author', 'POST', '/api/v1/needs', payload), 201)).id;
    const body = { companyId: world.orgs.sme, institutionId: world.orgs.university, needId };
    const caseId = (await expectStatus(call('author', 'POST', '/api/v1/cases', body), 201)).id;
    const rows = await noticesAfter(caseId, () => propose(caseId));
    expect(rows.find((r) => r.user === 'scholar')?.params.subject).toBeNull();
    expect(rows.find((r) => r.user === 'smeOwner')?.params.subject).toBe('Notices: secret recipe');
  });

  it('a stage change before both accepted tells the brokers only', async () => {
    const caseId = await newCase('Notices: stalled');
    await propose(caseId);
    const rows = await noticesAfter(caseId, () =>
      expectStatus(call('admin', 'PATCH', `/api/v1/cases/${caseId}`, { stage: 'stalled' }), 200),
    );
    expect(rows.map((r) => `${r.user}:${r.kind}`)).toEqual(['brokerA:stage_changed']);
  });
});

describe('the introduction proposal follows each recipient’s preference', () => {
  const prefer = (user: Name, delivery: string) =>
    expectStatus(
      call(user, 'PUT', '/api/v1/notification-preferences', { introduction_proposed: delivery }),
      200,
    );

  afterAll(async () => {
    for (const user of ['scholar', 'colleague', 'smeAdmin'] as const) await prefer(user, 'email');
  });

  it('email: the introduction mail with its link; digest: no mail now; in_app: no mail; off: no notice', async () => {
    await prefer('scholar', 'digest');
    await prefer('smeAdmin', 'in_app');
    await prefer('colleague', 'off');
    const caseId = await newCase('Notices: preferences');
    const before = await Promise.all(
      (['smeOwner', 'smeAdmin', 'colleague', 'scholar'] as const).map(
        async (u) => (await mailsTo(world.users[u].email)).length,
      ),
    );
    const rows = await noticesAfter(caseId, () => propose(caseId));
    const proposals = rows.filter((r) => r.kind === 'introduction_proposed');
    expect(proposals.map((r) => `${r.user}:${r.delivery}:${r.mailed}`)).toEqual(
      expect.arrayContaining(['smeOwner:email:true', 'smeAdmin:in_app:false', 'scholar:digest:false']),
    );
    expect(proposals.map((r) => r.user)).not.toContain('colleague');
    const after = await Promise.all(
      (['smeOwner', 'smeAdmin', 'colleague', 'scholar'] as const).map(
        async (u) => (await mailsTo(world.users[u].email)).length,
      ),
    );
    // One mail (the introduction with its link) to the owner; none to the others.
    expect(after.map((n, i) => n - before[i])).toEqual([1, 0, 0, 0]);
    const [mail] = (await mailsTo(world.users.smeOwner.email)).slice(-1);
    expect(mail).toMatch(/\/case-consents\/[A-Za-z0-9._-]+/);
  });
});

describe('an organisation without an owner or admin', () => {
  it('has every member told of a proposed introduction, so that someone can answer', async () => {
    const setRole = (role: string) =>
      db.query(`update organization_memberships set role = $1 where organization_id = $2 and user_id = $3`, [
        role,
        world.orgs.university,
        world.users.scholar.id,
      ]);
    await setRole('member');
    try {
      const caseId = await newCase('Notices: staff joined as members');
      const rows = await noticesAfter(caseId, () => propose(caseId));
      expect(who(rows, 'introduction_proposed')).toContain('scholar');
      expect(await mailsTo(world.users.scholar.email)).not.toEqual([]);
    } finally {
      await setRole('owner');
    }
  });
});
