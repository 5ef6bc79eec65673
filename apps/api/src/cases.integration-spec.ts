import { CaseClock } from '@videnbro/cases';
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
import { signUp } from './test-users';
import type { TestUser } from './test-users';
import { readMails } from './test-mail';

let api: TestApi;
let db: DataSource;
let relay: TestRelay;
let world: PostingWorld;
let dataDir: string;
/** needs: N1 (the consent flow), N2 (declined), N3 (the matrix, introduced), N4 (twins), N5 (transitions). */
const needs: Record<string, string> = {};
let competence: string;

type CallerName = keyof PostingWorld['users'] | 'anonymous';
const userOf = (caller: CallerName): TestUser | null => (caller === 'anonymous' ? null : world.users[caller]);
const DAY_MS = 86_400_000;

/** The people of the SME and the university: what neither side may see of the other before consent. */
const SME_PEOPLE = [
  'olga@mejeri.dk',
  'Olga Owner',
  'alma@mejeri.dk',
  'anna@mejeri.dk',
  'Anna Author',
  'carl@mejeri.dk',
  'Carl Colleague',
];
const UNIVERSITY_PEOPLE = ['sara@uni.dk', 'Sara Scholar'];

function call(caller: CallerName, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return injectAs(api, userOf(caller), { method, url, payload });
}

async function createCase(caller: CallerName, payload: Record<string, unknown>, status = 201) {
  return expectStatus(call(caller, 'POST', '/api/v1/cases', payload), status);
}

const caseFor = (need: string, extra: Record<string, unknown> = {}) => ({
  companyId: world.orgs.sme,
  institutionId: world.orgs.university,
  needId: need,
  ...extra,
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query(`select count(*)::int as n from (${sql}) as rows`, params);
  return row.n;
}

/** The rows every case write touches: a refused write leaves them all unchanged. */
async function writtenRows() {
  return {
    cases: await count('select 1 from cases'),
    clusters: await count('select 1 from case_clusters'),
    consents: await count('select 1 from case_consents'),
    events: await count('select 1 from case_events'),
    funding: await count('select 1 from case_funding'),
    audit: await count(`select 1 from audit_entries where entity_type = 'case'`),
  };
}

const mails = () => readMails(dataDir);

/** The consent token in the last mail to the address. */
async function linkTokenFor(email: string): Promise<string> {
  const found = (await mails()).filter((mail) => mail.to === email);
  const match = /\/case-consents\/([A-Za-z0-9._-]+)/.exec(found[found.length - 1]?.body ?? '');
  if (!match) throw new Error(`no consent link mailed to ${email}`);
  return match[1];
}

async function propose(caseId: string) {
  return expectStatus(call('brokerA', 'PATCH', `/api/v1/cases/${caseId}`, { stage: 'introduced' }), 200);
}

/** A case for the need, proposed, and accepted by both sides in the app. */
async function introducedCase(need: string): Promise<string> {
  const { id } = await createCase('author', caseFor(need));
  await propose(id);
  await expectStatus(call('scholar', 'POST', `/api/v1/cases/${id}/consent`, { decision: 'accept' }), 200);
  await expectStatus(call('author', 'POST', `/api/v1/cases/${id}/consent`, { decision: 'accept' }), 200);
  return id;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'videnbro-cases-'));
  api = await startTestApi({
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://localhost:3000',
    CASE_LINK_SECRET: 'a-test-secret-for-case-links-0123456789',
  });
  db = api.app.get(DataSource);
  world = await buildPostingWorld(api);
  relay = await startTestRelay(api.context.config);
  await relay.index.prepare();
  const post = async (user: TestUser, plural: string, payload: Record<string, unknown>) =>
    (await expectStatus(injectAs(api, user, { method: 'POST', url: `/api/v1/${plural}`, payload }), 201))
      .id as string;
  for (const [key, title] of [
    ['n1', 'Predicting illness in dairy cows'],
    ['n2', 'Cheese ripening sensors'],
    ['n3', 'Whey protein drying'],
    ['n4', 'Milk quality dashboards'],
    ['n5', 'Butter packaging trial'],
  ]) {
    needs[key] = await post(
      world.users.author,
      'needs',
      needPayload(world.orgs.sme, { title, status: 'open', contactUserId: world.users.colleague.id }),
    );
  }
  competence = await post(
    world.users.scholar,
    'competencies',
    competencePayload(world.orgs.university, { status: 'open', contactUserId: world.users.scholar.id }),
  );
  await relay.relay.drain();
});
afterAll(async () => {
  await relay.close();
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the consent flow', () => {
  let caseId: string;

  it('opens a case from an SME’s request, routed to the company’s cluster, with its timeline and audit entry', async () => {
    const body = await createCase('author', caseFor(needs.n1, { competenceId: competence }));
    caseId = body.id;
    expect(body).toMatchObject({
      stage: 'suggested',
      origin: 'company_request',
      routing: 'company_membership',
      company: { id: world.orgs.sme, name: 'Fjordmejeriet ApS', kind: 'sme' },
      institution: { id: world.orgs.university, kind: 'university' },
      need: { id: needs.n1, name: 'Predicting illness in dairy cows' },
      competence: { id: competence },
      ownerCluster: { id: world.orgs.clusterA },
      clusters: [{ id: world.orgs.clusterA }],
      consents: [],
      introduced: false,
      canBroker: false,
      myParties: ['company'],
      contacts: null,
    });
    expect(body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['created']);
    const [entry] = await db.query(`select action, changes from audit_entries where entity_id = $1`, [
      caseId,
    ]);
    expect(entry.action).toBe('create');
    expect(entry.changes.stage).toEqual({ from: null, to: 'suggested' });
  });

  it('lets the broker propose the introduction: both sides asked, by mail in their language with a link', async () => {
    const body = await propose(caseId);
    expect(body.stage).toBe('introduced');
    expect(body.consents).toEqual([
      { party: 'company', status: 'pending', answeredAt: null, declineReason: null },
      { party: 'institution', status: 'pending', answeredAt: null, declineReason: null },
    ]);
    const sent = (await mails()).filter((m) => /introduce/i.test(m.subject) || /introducere/.test(m.subject));
    // Company: owner, admin, the need's contact and the requester; institution: its owner.
    expect(sent.map((m) => m.to).sort()).toEqual(
      ['alma@mejeri.dk', 'anna@mejeri.dk', 'carl@mejeri.dk', 'olga@mejeri.dk', 'sara@uni.dk'].sort(),
    );
    expect(sent.find((m) => m.to === 'sara@uni.dk')?.subject).toBe(
      'Food & Bio Cluster foreslår at introducere Vestjysk Universitet for Fjordmejeriet ApS',
    );
    // The mail names organisations, never the other side's people.
    for (const person of SME_PEOPLE)
      expect(sent.find((m) => m.to === 'sara@uni.dk')?.body).not.toContain(person);
    const kinds = (await expectStatus(call('brokerA', 'GET', `/api/v1/cases/${caseId}`), 200)).timeline.map(
      (e: { kind: string }) => e.kind,
    );
    expect(kinds).toEqual(['created', 'stage_changed', 'consent_requested', 'email_sent', 'email_sent']);
  });

  it('shows neither party the other’s contacts, people or thread before both accepted', async () => {
    const forSme = await call('author', 'GET', `/api/v1/cases/${caseId}`);
    const forUniversity = await call('scholar', 'GET', `/api/v1/cases/${caseId}`);
    expect(forSme.json().contacts).toBeNull();
    expect(forUniversity.json().contacts).toBeNull();
    for (const person of UNIVERSITY_PEOPLE) expect(forSme.body).not.toContain(person);
    for (const person of SME_PEOPLE) expect(forUniversity.body).not.toContain(person);
    await expectStatus(call('author', 'GET', `/api/v1/cases/${caseId}/messages`), 409);
    await expectStatus(call('brokerA', 'POST', `/api/v1/cases/${caseId}/messages`, { body: 'Hello' }), 409);
  });

  it('keeps search and matches free of contact details while consent is pending', async () => {
    await relay.relay.drain();
    const responses = [
      await call('scholar', 'GET', '/api/v1/search?q=dairy'),
      await call('scholar', 'GET', `/api/v1/needs/${needs.n1}/matches`),
      await call('author', 'GET', '/api/v1/search?q=machine%20learning'),
      await call('author', 'GET', `/api/v1/competencies/${competence}/matches`),
      await call('author', 'GET', `/api/v1/needs/${needs.n1}/matches`),
    ];
    for (const response of responses) expect(response.statusCode).toBe(200);
    expect(responses[0].json().total).toBeGreaterThan(0);
    for (const response of responses.slice(0, 2)) {
      for (const person of SME_PEOPLE) expect(response.body).not.toContain(person);
    }
    for (const response of responses.slice(2)) {
      for (const person of UNIVERSITY_PEOPLE) expect(response.body).not.toContain(person);
    }
  });

  it('refuses to move on before both accepted', async () => {
    const before = await writtenRows();
    const refused = await call('brokerA', 'PATCH', `/api/v1/cases/${caseId}`, { stage: 'meeting_held' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe(
      'Both parties must accept the introduction before the case moves to meeting held',
    );
    expect(await writtenRows()).toEqual(before);
  });

  it('lists the introduction as waiting for each side until it answered', async () => {
    const waiting = async (caller: CallerName) =>
      (await expectStatus(call(caller, 'GET', '/api/v1/cases?waitingForMe=true&limit=100'), 200)).items.map(
        (c: { id: string }) => c.id,
      );
    expect(await waiting('author')).toContain(caseId);
    expect(await waiting('scholar')).toContain(caseId);
    expect(await waiting('brokerA')).toEqual([]);
  });

  it('takes the institution’s answer in the app, once, naming nobody to the other side', async () => {
    const body = await expectStatus(
      call('scholar', 'POST', `/api/v1/cases/${caseId}/consent`, { decision: 'accept' }),
      200,
    );
    expect(body.consents[1]).toMatchObject({ party: 'institution', status: 'accepted' });
    expect(body.consents[1]).not.toHaveProperty('declineReason');
    await expectStatus(
      call('scholar', 'POST', `/api/v1/cases/${caseId}/consent`, { decision: 'decline' }),
      409,
    );
    const forSme = await call('author', 'GET', `/api/v1/cases/${caseId}`);
    expect(forSme.json().timeline.find((e: { kind: string }) => e.kind === 'consent_accepted')).toMatchObject(
      {
        actor: null,
        data: { party: 'institution', via: 'app' },
      },
    );
    for (const person of UNIVERSITY_PEOPLE) expect(forSme.body).not.toContain(person);
  });

  it('takes the company’s answer through the emailed link: shown, used once, then void', async () => {
    const waiting = await expectStatus(
      call('scholar', 'GET', '/api/v1/cases?waitingForMe=true&limit=100'),
      200,
    );
    expect(waiting.items.map((c: { id: string }) => c.id)).not.toContain(caseId);
    const token = await linkTokenFor('olga@mejeri.dk');
    const preview = await expectStatus(call('anonymous', 'GET', `/api/v1/case-consents/${token}`), 200);
    expect(preview).toMatchObject({
      party: 'company',
      organizationName: 'Fjordmejeriet ApS',
      counterpartName: 'Vestjysk Universitet',
      subject: 'Predicting illness in dairy cows',
      clusterName: 'Food & Bio Cluster',
      status: 'pending',
    });
    const answered = await expectStatus(
      call('anonymous', 'POST', `/api/v1/case-consents/${token}`, { decision: 'accept' }),
      200,
    );
    expect(answered.status).toBe('accepted');
    const again = await call('anonymous', 'POST', `/api/v1/case-consents/${token}`, { decision: 'decline' });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('This link has already been used');
    await expectStatus(call('anonymous', 'GET', `/api/v1/case-consents/${token}`), 409);
    // The link went to every recipient of the side; any of them is now too late.
    await expectStatus(
      call('anonymous', 'POST', `/api/v1/case-consents/${await linkTokenFor('anna@mejeri.dk')}`, {
        decision: 'decline',
      }),
      409,
    );
  });

  it('then shows both sides each other’s contacts and opens the thread, brokers included', async () => {
    const forSme = await expectStatus(call('author', 'GET', `/api/v1/cases/${caseId}`), 200);
    expect(forSme.introduced).toBe(true);
    expect(forSme.contacts.institution).toEqual([
      { userId: world.users.scholar.id, name: 'Sara Scholar', email: 'sara@uni.dk' },
    ]);
    const forUniversity = await expectStatus(call('scholar', 'GET', `/api/v1/cases/${caseId}`), 200);
    expect(forUniversity.contacts.company.map((c: { email: string }) => c.email)).toEqual(
      expect.arrayContaining(['anna@mejeri.dk', 'carl@mejeri.dk', 'olga@mejeri.dk']),
    );
    await expectStatus(
      call('author', 'POST', `/api/v1/cases/${caseId}/messages`, { body: 'Shall we meet?' }),
      201,
    );
    await expectStatus(
      call('brokerA', 'POST', `/api/v1/cases/${caseId}/messages`, { body: 'I can host.' }),
      201,
    );
    const thread = await expectStatus(call('scholar', 'GET', `/api/v1/cases/${caseId}/messages`), 200);
    expect(thread.map((m: { body: string; actor: { name: string } }) => [m.actor.name, m.body])).toEqual([
      ['Anna Author', 'Shall we meet?'],
      ['Bea Broker', 'I can host.'],
    ]);
  });

  it('lets the broker move the case on and record the outcome, in the timeline and the audit log', async () => {
    await expectStatus(call('brokerA', 'PATCH', `/api/v1/cases/${caseId}`, { stage: 'meeting_held' }), 200);
    const body = await expectStatus(
      call('brokerA', 'PATCH', `/api/v1/cases/${caseId}`, {
        stage: 'collaboration_agreed',
        ownerUserId: world.users.brokerA.id,
        nextAction: 'Send the Innobooster draft',
        nextActionDue: '2020-01-01',
        collaborationType: 'innovation_voucher',
        applicationsSubmitted: 1,
        funding: [
          { source: 'foundation_grants', amountDkk: 250_000 },
          { source: 'danish_public', amountDkk: 1_000_000 },
        ],
      }),
      200,
    );
    expect(body).toMatchObject({
      stage: 'collaboration_agreed',
      ownerUser: { id: world.users.brokerA.id, name: 'Bea Broker' },
      nextActionDue: '2020-01-01',
      overdue: true,
      outcome: {
        collaborationType: 'innovation_voucher',
        applicationsSubmitted: 1,
        funding: [
          { source: 'danish_public', amountDkk: 1_000_000 },
          { source: 'foundation_grants', amountDkk: 250_000 },
        ],
        fundingTotalDkk: 1_250_000,
      },
    });
    const overdue = await expectStatus(call('brokerA', 'GET', '/api/v1/cases?overdue=true'), 200);
    expect(overdue.items.map((c: { id: string }) => c.id)).toContain(caseId);
    const audit = await db.query(
      `select action, changes from audit_entries where entity_id = $1 and action = 'update' order by occurred_at desc limit 1`,
      [caseId],
    );
    expect(audit[0].changes.funding.to).toHaveLength(2);
    const forSme = await expectStatus(call('author', 'GET', `/api/v1/cases/${caseId}`), 200);
    expect(forSme.timeline.map((e: { kind: string }) => e.kind)).not.toContain('outcome_changed');
  });
});

describe('a decline', () => {
  it('is recorded with a reason only the brokers see', async () => {
    const { id } = await createCase('author', caseFor(needs.n2));
    await propose(id);
    await expectStatus(
      call('scholar', 'POST', `/api/v1/cases/${id}/consent`, {
        decision: 'decline',
        reason: 'Our lab is full until May',
      }),
      200,
    );
    const forBroker = await expectStatus(call('brokerA', 'GET', `/api/v1/cases/${id}`), 200);
    expect(forBroker.consents[1]).toMatchObject({
      status: 'declined',
      declineReason: 'Our lab is full until May',
    });
    for (const caller of ['author', 'scholar'] as const) {
      const response = await call(caller, 'GET', `/api/v1/cases/${id}`);
      expect(response.body).not.toContain('Our lab is full');
      expect(response.json().consents[1]).toEqual(expect.objectContaining({ status: 'declined' }));
    }
    const accept = await call('scholar', 'POST', `/api/v1/cases/${id}/consent`, { decision: 'accept' });
    expect(accept.statusCode).toBe(409);
    await expectStatus(call('brokerA', 'PATCH', `/api/v1/cases/${id}`, { stage: 'declined' }), 200);
  });

  it('takes a reason with a decline only', async () => {
    const { id } = await createCase('author', caseFor(needs.n2));
    const response = await call('author', 'POST', `/api/v1/cases/${id}/consent`, {
      decision: 'accept',
      reason: 'x',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      { field: 'reason', message: 'reason goes with a decline only' },
    ]);
  });
});

describe('the email link', () => {
  let token: string;
  beforeAll(async () => {
    const { id } = await createCase('author', caseFor(needs.n5));
    await propose(id);
    token = await linkTokenFor('sara@uni.dk');
  });

  it('is refused when tampered with, forged or garbled, without saying more', async () => {
    const [consent, seconds, nonce, signature] = token.split('.');
    const tampered = [
      [consent, (parseInt(seconds, 36) + DAY_MS / 1000).toString(36), nonce, signature].join('.'),
      [consent, seconds, nonce, `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`].join(
        '.',
      ),
      'not-a-token',
      `${token}x`,
    ];
    for (const bad of tampered) {
      for (const method of ['GET', 'POST'] as const) {
        const response = await call(
          'anonymous',
          method,
          `/api/v1/case-consents/${encodeURIComponent(bad)}`,
          method === 'POST' ? { decision: 'accept' } : undefined,
        );
        expect(response.statusCode).toBe(404);
        expect(response.json().message).toBe('This link is not valid');
      }
    }
  });

  it('is refused once expired (410), and answering in the app still works', async () => {
    const clock = api.app.get(CaseClock);
    const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 15 * DAY_MS));
    try {
      const response = await call('anonymous', 'POST', `/api/v1/case-consents/${token}`, {
        decision: 'accept',
      });
      expect(response.statusCode).toBe(410);
      expect(response.json().message).toMatch(/expired/);
    } finally {
      spy.mockRestore();
    }
    await expectStatus(call('anonymous', 'GET', `/api/v1/case-consents/${token}`), 200);
  });

  it('is answered once when two clicks race', async () => {
    const answers = await Promise.all([
      call('anonymous', 'POST', `/api/v1/case-consents/${token}`, { decision: 'accept' }),
      call('anonymous', 'POST', `/api/v1/case-consents/${token}`, { decision: 'decline' }),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(
      await count(
        `select 1 from case_events where kind in ('consent_accepted', 'consent_declined') and data->>'via' = 'email' and data->>'party' = 'institution'`,
      ),
    ).toBe(1);
  });
});

describe('twin requests', () => {
  it('join the open case: the institution’s interest in a need the SME already asked about', async () => {
    const first = await createCase('author', caseFor(needs.n4));
    expect(first.competence).toBeNull();
    const twin = await createCase('scholar', caseFor(needs.n4, { competenceId: competence }), 200);
    expect(twin.id).toBe(first.id);
    expect(twin.competence).toEqual({ id: competence, name: 'Machine learning on animal sensor data' });
    expect(twin.myParties).toEqual(['institution']);
    expect(twin.timeline.map((e: { kind: string }) => e.kind)).toEqual(['created', 'joined']);
    const broker = await createCase('brokerA', caseFor(needs.n4, { clusterId: world.orgs.clusterA }), 200);
    expect(broker.id).toBe(first.id);
  });

  it('join one case when they arrive at the same moment', async () => {
    const need = await expectStatus(
      injectAs(api, world.users.author, {
        method: 'POST',
        url: '/api/v1/needs',
        payload: needPayload(world.orgs.sme, { title: 'Lactose-free yoghurt cultures', status: 'open' }),
      }),
      201,
    );
    const responses = await Promise.all([
      call('author', 'POST', '/api/v1/cases', caseFor(need.id)),
      call('scholar', 'POST', '/api/v1/cases', caseFor(need.id)),
      call('colleague', 'POST', '/api/v1/cases', caseFor(need.id)),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(await count('select 1 from cases where need_id = $1', [need.id])).toBe(1);
    expect(
      await count(`select 1 from case_events where kind = 'joined' and case_id = $1`, [
        responses[0].json().id,
      ]),
    ).toBe(2);
  });

  it('open a new case once the earlier one is closed', async () => {
    const { id } = await createCase('author', caseFor(needs.n2), 200);
    await expectStatus(call('brokerA', 'PATCH', `/api/v1/cases/${id}`, { stage: 'declined' }), 200);
    const fresh = await createCase('author', caseFor(needs.n2), 201);
    expect(fresh.id).not.toBe(id);
  });
});

describe('routing and handover', () => {
  it('routes a company outside any cluster by strength areas, and says why', async () => {
    const owner = await signUp(api, 'vera@vind.dk', { name: 'Vera Vind' });
    const brokerE = await signUp(api, 'erik@energi.dk', { name: 'Erik Energi' });
    const org = async (user: TestUser, payload: object) =>
      (
        await expectStatus(
          injectAs(api, user, { method: 'POST', url: '/api/v1/organizations', payload }),
          201,
        )
      ).id;
    const company = await org(owner, { kind: 'sme', name: 'Vindvinge ApS', cvr: '40000003' });
    const cluster = await org(brokerE, {
      kind: 'cluster',
      name: 'Energy Cluster Denmark',
      strengthAreas: ['Offshore wind', 'Power-to-X'],
    });
    const need = await expectStatus(
      injectAs(api, owner, {
        method: 'POST',
        url: '/api/v1/needs',
        payload: needPayload(company, {
          title: 'Blade inspection for offshore wind turbines',
          tags: ['wind'],
          status: 'open',
        }),
      }),
      201,
    );
    const created = await expectStatus(
      injectAs(api, owner, {
        method: 'POST',
        url: '/api/v1/cases',
        payload: { companyId: company, institutionId: world.orgs.university, needId: need.id },
      }),
      201,
    );
    expect(created).toMatchObject({
      routing: 'strength_areas',
      routingTerms: ['Offshore wind'],
      ownerCluster: { id: cluster, name: 'Energy Cluster Denmark' },
    });
  });

  it('lets the owner cluster hand a case over; the new cluster owns it, the old one co-brokers', async () => {
    const { id } = await createCase('author', caseFor(needs.n5), 200);
    await expectStatus(
      call('brokerB', 'POST', `/api/v1/cases/${id}/handover`, { clusterId: world.orgs.clusterB }),
      404,
    );
    const body = await expectStatus(
      call('brokerA', 'POST', `/api/v1/cases/${id}/handover`, {
        clusterId: world.orgs.clusterB,
        reason: 'Energy topic',
      }),
      200,
    );
    expect(body).toMatchObject({
      routing: 'handover',
      routingTerms: [],
      ownerCluster: { id: world.orgs.clusterB },
      clusters: [{ id: world.orgs.clusterB }, { id: world.orgs.clusterA }],
      ownerUser: null,
    });
    expect(body.timeline.at(-1)).toMatchObject({
      kind: 'handed_over',
      data: { from: world.orgs.clusterA, to: world.orgs.clusterB, reason: 'Energy topic' },
    });
    await expectStatus(call('brokerB', 'PATCH', `/api/v1/cases/${id}`, { nextAction: 'Call Sara' }), 200);
    await expectStatus(call('brokerA', 'GET', `/api/v1/cases/${id}`), 200);
    await expectStatus(
      call('brokerA', 'POST', `/api/v1/cases/${id}/handover`, { clusterId: world.orgs.clusterA }),
      403,
    );
  });
});

describe('transitions', () => {
  it.each([
    ['skips a stage', 'suggested', 'meeting_held', 'A case cannot move from suggested to meeting held'],
    ['jumps to funded', 'suggested', 'funded', 'A case cannot move from suggested to funded'],
  ])('refuses a case that %s with a 409 and writes nothing', async (_name, _from, to, message) => {
    const need = await expectStatus(
      injectAs(api, world.users.author, {
        method: 'POST',
        url: '/api/v1/needs',
        payload: needPayload(world.orgs.sme, { title: `Transition ${to}`, status: 'open' }),
      }),
      201,
    );
    const { id } = await createCase('author', caseFor(need.id));
    const before = await writtenRows();
    const response = await call('brokerA', 'PATCH', `/api/v1/cases/${id}`, { stage: to });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe(message);
    expect(await writtenRows()).toEqual(before);
  });

  it('keeps declined final, and refuses unknown stages and bad fields with a 400', async () => {
    const declined = await db.query(`select id from cases where stage = 'declined' limit 1`);
    const response = await call('brokerA', 'PATCH', `/api/v1/cases/${declined[0].id}`, {
      stage: 'suggested',
    });
    expect(response.statusCode).toBe(409);
    const { id } = await createCase('author', caseFor(needs.n1), 200);
    for (const [payload, field] of [
      [{ stage: 'party' }, 'stage'],
      [{ nextActionDue: '2026-02-30' }, 'nextActionDue'],
      [{ nextActionDue: '2026-13-99' }, 'nextActionDue'],
      [{ funding: [{ source: 'lottery', amountDkk: 5 }] }, 'funding.0.source'],
      [{ ownerUserId: world.users.author.id }, 'ownerUserId'],
      [
        {
          funding: [
            { source: 'eu', amountDkk: 5 },
            { source: 'eu', amountDkk: 6 },
          ],
        },
        'funding',
      ],
    ] as const) {
      const bad = await call('brokerA', 'PATCH', `/api/v1/cases/${id}`, payload);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details[0].field).toBe(field);
    }
  });
});

describe('bad requests', () => {
  it.each([
    [
      'a company that is no company',
      () => ({ companyId: world.orgs.university, institutionId: world.orgs.university, needId: needs.n1 }),
      'scholar',
      400,
    ],
    [
      'an institution that is no institution',
      () => ({ companyId: world.orgs.sme, institutionId: world.orgs.unrelated }),
      'author',
      400,
    ],
    [
      'a need of another company',
      () => ({ ...caseFor(needs.n1), companyId: world.orgs.unrelated }),
      'unrelatedOwner',
      400,
    ],
    [
      'an institution without a need',
      () => ({ companyId: world.orgs.sme, institutionId: world.orgs.university }),
      'scholar',
      400,
    ],
    ['a stranger', () => caseFor(needs.n1), 'stranger', 403],
    [
      'a broker for another’s cluster',
      () => caseFor(needs.n1, { clusterId: world.orgs.clusterA }),
      'brokerB',
      403,
    ],
    ['programme staff', () => caseFor(needs.n1), 'programme', 403],
    ['anonymous', () => caseFor(needs.n1), 'anonymous', 401],
  ] as const)('refuses %s and writes nothing', async (_name, payload, caller, status) => {
    const before = await writtenRows();
    const response = await call(caller, 'POST', '/api/v1/cases', payload());
    expect(response.statusCode).toBe(status);
    expect(await writtenRows()).toEqual(before);
  });

  it('does not open a case on a confidential need the caller may not see', async () => {
    const secret = await expectStatus(
      injectAs(api, world.users.author, {
        method: 'POST',
        url: '/api/v1/needs',
        payload: needPayload(world.orgs.sme, {
          title: 'Secret recipe',
          visibility: 'brokers',
          status: 'open',
        }),
      }),
      201,
    );
    const response = await call('scholar', 'POST', '/api/v1/cases', caseFor(secret.id));
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Secret recipe');
  });
});

describe('a confidential need', () => {
  it('is named to the institution neither in the case, the mail nor the link until both accepted', async () => {
    const title = 'Confidential cheese cave automation';
    const secret = await expectStatus(
      injectAs(api, world.users.author, {
        method: 'POST',
        url: '/api/v1/needs',
        payload: needPayload(world.orgs.sme, { title, visibility: 'brokers', status: 'open' }),
      }),
      201,
    );
    const created = await createCase('brokerA', caseFor(secret.id, { clusterId: world.orgs.clusterA }));
    expect(created).toMatchObject({ origin: 'broker_match', routing: 'broker', need: { name: title } });
    await propose(created.id);
    const forUniversity = await call('scholar', 'GET', `/api/v1/cases/${created.id}`);
    expect(forUniversity.json().need).toBeNull();
    expect(forUniversity.body).not.toContain(title);
    const list = await call('scholar', 'GET', '/api/v1/cases?limit=100');
    expect(list.body).not.toContain(title);
    const mailToUniversity = (await mails()).filter((m) => m.to === 'sara@uni.dk').at(-1);
    expect(mailToUniversity?.body).not.toContain(title);
    const token = await linkTokenFor('sara@uni.dk');
    const preview = await call('anonymous', 'GET', `/api/v1/case-consents/${token}`);
    expect(preview.json().subject).toBeNull();
    expect(preview.body).not.toContain(title);
    expect((await mails()).filter((m) => m.to === 'olga@mejeri.dk').at(-1)?.body).toContain(title);
    await expectStatus(
      call('anonymous', 'POST', `/api/v1/case-consents/${token}`, { decision: 'accept' }),
      200,
    );
    await expectStatus(
      call('author', 'POST', `/api/v1/cases/${created.id}/consent`, { decision: 'accept' }),
      200,
    );
    expect((await expectStatus(call('scholar', 'GET', `/api/v1/cases/${created.id}`), 200)).need).toEqual({
      id: secret.id,
      name: title,
    });
  });
});

describe('who may do what', () => {
  let id: string;
  let paths: Record<string, { method: 'GET' | 'POST' | 'PATCH'; url: () => string; payload?: () => object }>;
  beforeAll(async () => {
    id = await introducedCase(needs.n3);
    paths = {
      list: { method: 'GET', url: () => '/api/v1/cases' },
      summary: { method: 'GET', url: () => '/api/v1/cases/summary' },
      get: { method: 'GET', url: () => `/api/v1/cases/${id}` },
      patch: {
        method: 'PATCH',
        url: () => `/api/v1/cases/${id}`,
        payload: () => ({ nextAction: 'Follow up' }),
      },
      note: {
        method: 'POST',
        url: () => `/api/v1/cases/${id}/notes`,
        payload: () => ({ body: 'Keen, but slow' }),
      },
      messages: { method: 'GET', url: () => `/api/v1/cases/${id}/messages` },
      message: { method: 'POST', url: () => `/api/v1/cases/${id}/messages`, payload: () => ({ body: 'Hi' }) },
      consent: {
        method: 'POST',
        url: () => `/api/v1/cases/${id}/consent`,
        payload: () => ({ decision: 'accept' }),
      },
      // The current owner as target: allowed callers get the 400, nobody actually hands it over.
      handover: {
        method: 'POST',
        url: () => `/api/v1/cases/${id}/handover`,
        payload: () => ({ clusterId: world.orgs.clusterA }),
      },
    };
  });

  // author: SME member; scholar: institution member; unrelatedOwner: a member of an unrelated company.
  const expected: Record<string, Partial<Record<CallerName, number>>> = {
    list: {
      author: 200,
      scholar: 200,
      unrelatedOwner: 200,
      brokerA: 200,
      brokerB: 200,
      programme: 403,
      admin: 200,
      anonymous: 401,
    },
    summary: {
      author: 403,
      scholar: 403,
      unrelatedOwner: 403,
      brokerA: 200,
      brokerB: 200,
      programme: 200,
      admin: 200,
      anonymous: 401,
    },
    get: {
      author: 200,
      scholar: 200,
      unrelatedOwner: 404,
      brokerA: 200,
      brokerB: 404,
      programme: 403,
      admin: 200,
      anonymous: 401,
    },
    patch: {
      author: 403,
      scholar: 403,
      unrelatedOwner: 404,
      brokerA: 200,
      brokerB: 404,
      programme: 403,
      admin: 200,
      anonymous: 401,
    },
    note: {
      author: 403,
      scholar: 403,
      unrelatedOwner: 404,
      brokerA: 201,
      brokerB: 404,
      programme: 403,
      admin: 201,
      anonymous: 401,
    },
    messages: {
      author: 200,
      scholar: 200,
      unrelatedOwner: 404,
      brokerA: 200,
      brokerB: 404,
      programme: 403,
      admin: 200,
      anonymous: 401,
    },
    message: {
      author: 201,
      scholar: 201,
      unrelatedOwner: 404,
      brokerA: 201,
      brokerB: 404,
      programme: 403,
      admin: 201,
      anonymous: 401,
    },
    consent: {
      author: 409,
      scholar: 409,
      unrelatedOwner: 404,
      brokerA: 403,
      brokerB: 404,
      programme: 403,
      admin: 403,
      anonymous: 401,
    },
    handover: {
      author: 403,
      scholar: 403,
      unrelatedOwner: 404,
      brokerA: 400,
      brokerB: 404,
      programme: 403,
      admin: 400,
      anonymous: 401,
    },
  };
  const cases = Object.entries(expected).flatMap(([route, byCaller]) =>
    Object.entries(byCaller).map(
      ([caller, status]) => [route, caller as CallerName, status as number] as const,
    ),
  );

  it.each(cases)('%s as %s: %i', async (route, caller, status) => {
    const { method, url, payload } = paths[route];
    const response = await call(caller, method, url(), payload?.());
    expect(`${response.statusCode} ${response.statusCode >= 400 ? response.json().message : ''}`).toMatch(
      new RegExp(`^${status} `),
    );
  });

  it('lists the case to its parties and brokers only', async () => {
    for (const [caller, sees] of [
      ['author', true],
      ['scholar', true],
      ['brokerA', true],
      ['admin', true],
      ['unrelatedOwner', false],
      ['brokerB', false],
      ['stranger', false],
    ] as const) {
      const body = await expectStatus(call(caller, 'GET', '/api/v1/cases?limit=100'), 200);
      expect([caller, body.items.some((c: { id: string }) => c.id === id)]).toEqual([caller, sees]);
    }
    await expectStatus(call('brokerB', 'GET', `/api/v1/cases?cluster=${world.orgs.clusterA}`), 403);
  });

  it('shows notes to the brokers and admins only', async () => {
    const note = 'Company budget is tight';
    await expectStatus(call('brokerA', 'POST', `/api/v1/cases/${id}/notes`, { body: note }), 201);
    expect((await call('brokerA', 'GET', `/api/v1/cases/${id}`)).body).toContain(note);
    expect((await call('admin', 'GET', `/api/v1/cases/${id}`)).body).toContain(note);
    for (const caller of ['author', 'scholar'] as const) {
      expect((await call(caller, 'GET', `/api/v1/cases/${id}`)).body).not.toContain(note);
    }
  });

  it('gives programme staff figures per stage, not cases', async () => {
    const body = await expectStatus(call('programme', 'GET', '/api/v1/cases/summary'), 200);
    expect(body.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'suggested',
      'introduced',
      'meeting_held',
      'collaboration_agreed',
      'funded',
      'declined',
      'stalled',
    ]);
    expect(body.total).toBe(await count('select 1 from cases'));
    const forB = await expectStatus(
      call('brokerB', 'GET', `/api/v1/cases/summary?cluster=${world.orgs.clusterB}`),
      200,
    );
    expect(forB.total).toBe(
      await count('select 1 from case_clusters where cluster_id = $1', [world.orgs.clusterB]),
    );
    await expectStatus(call('brokerB', 'GET', `/api/v1/cases/summary?cluster=${world.orgs.clusterA}`), 403);
  });
});
