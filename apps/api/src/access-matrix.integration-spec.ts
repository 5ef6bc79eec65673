import { listRoutes } from '@videnbro/access';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import {
  activityPayload,
  buildPostingWorld,
  competencePayload,
  expectStatus,
  injectAs,
  needPayload,
} from './test-postings';
import type { PostingWorld } from './test-postings';
import { startTestRelay } from './test-search';
import type { TestRelay } from './test-search';
import { signUp, TEST_PASSWORD } from './test-users';
import type { TestUser } from './test-users';
import { readMails } from './test-mail';

/**
 * The access matrix: every route of the application × every kind of caller, with the status each
 * gets, against one scenario where every path id is a real object of "the owning side" (the SME, its
 * university partner, cluster A). Bodies are valid, so an answer is about access, not validation.
 * Destructive cells get throwaway objects of their own, so no cell changes what a later one sees.
 */

/** The columns of the matrix, in the order of its rows' figures. */
const CALLERS = [
  'anonymous',
  'sme',
  'institution',
  'unrelated',
  'brokerA',
  'brokerB',
  'programme',
  'admin',
] as const;
type Caller = (typeof CALLERS)[number];

let api: TestApi;
let relay: TestRelay;
let world: PostingWorld;
let dataDir: string;
/** The owning side's objects, by name; every path id of the matrix is one of these (or a throwaway). */
const ids: Record<string, string> = {};
/** A broker's note on the matrix's case: for the case's brokers and admins only. */
const CASE_NOTE = 'Company budget is tight';
/** The objects of the other side, for the object-level checks. */
const others: Record<string, string> = {};
/** The title of the SME's need for brokers only (`brokers` visibility): no outsider may see it. */
const SECRET_TITLE = 'Secret cheese recipe';
let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

function userOf(caller: Caller): TestUser | null {
  const { users } = world;
  return {
    anonymous: null,
    sme: users.author,
    institution: users.scholar,
    unrelated: users.unrelatedOwner,
    brokerA: users.brokerA,
    brokerB: users.brokerB,
    programme: users.programme,
    admin: users.admin,
  }[caller];
}

interface Call {
  url: string;
  payload?: object | string;
  headers?: Record<string, string>;
  /** Another identity than the caller's (a fresh session of the same kind of caller). */
  as?: TestUser | null;
}
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Row = [expected: string, call: (caller: Caller) => Call | Promise<Call>];

const post = async (user: TestUser, url: string, payload: object) =>
  (await expectStatus(injectAs(api, user, { method: 'POST', url, payload }), 201)).id as string;

/** The messages the development mail transport wrote to the address, oldest first. */
async function mailsTo(email: string): Promise<string[]> {
  return (await readMails(dataDir)).filter((mail) => mail.to === email).map((mail) => mail.body);
}

async function tokenMailed(email: string, path: string): Promise<string> {
  const found = await mailsTo(email);
  const match = new RegExp(`/${path}/([A-Za-z0-9._-]+)`).exec(found[found.length - 1] ?? '');
  if (!match) throw new Error(`no ${path} link mailed to ${email}`);
  return match[1];
}

// Throwaway objects for destructive cells, made by their owners.
const throwaway = {
  need: () =>
    post(
      world.users.author,
      '/api/v1/needs',
      needPayload(world.orgs.sme, { title: `Gone ${unique()}`, status: 'open' }),
    ),
  competence: () =>
    post(
      world.users.scholar,
      '/api/v1/competencies',
      competencePayload(world.orgs.university, { title: `Gone ${unique()}`, status: 'open' }),
    ),
  activity: () =>
    post(
      world.users.brokerA,
      '/api/v1/activities',
      activityPayload(world.orgs.clusterA, { title: `Gone ${unique()}` }),
    ),
  fundingRecord: () => post(world.users.brokerA, '/api/v1/funding-records', fundingPayload()),
  savedSearch: () =>
    post(world.users.author, '/api/v1/saved-searches', { name: `Gone ${unique()}`, query: { q: 'cows' } }),
  invitation: () =>
    post(world.users.smeOwner, `/api/v1/organizations/${world.orgs.sme}/invitations`, {
      email: `invitee-${unique()}@example.dk`,
      role: 'member',
    }),
  openNeed: () =>
    post(
      world.users.author,
      '/api/v1/needs',
      needPayload(world.orgs.sme, { title: `Case ${unique()}`, status: 'open' }),
    ),
  /** A case of cluster A (suggested), between the SME and the university. */
  case: async () => post(world.users.author, '/api/v1/cases', caseOf(await throwaway.openNeed())),
  /** A case whose introduction cluster A's broker proposed: both parties asked for consent. */
  async introducedCase() {
    const id = await throwaway.case();
    await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'PATCH',
        url: `/api/v1/cases/${id}`,
        payload: { stage: 'introduced' },
      }),
      200,
    );
    return id;
  },
  /** An organisation of the SME member's own (so the SME column is its owner). */
  organization: () =>
    post(world.users.author, '/api/v1/organizations', { kind: 'university', name: `Gone ${unique()}` }),
  /** A company not yet in cluster A. */
  company: () =>
    post(world.users.admin, '/api/v1/organizations', { kind: 'university', name: `Joining ${unique()}` }),
  async joinRequest() {
    const user = await signUp(api, `joiner-${unique()}@example.dk`);
    return post(user, `/api/v1/organizations/${world.orgs.sme}/join-requests`, {});
  },
  async member() {
    const user = await signUp(api, `leaver-${unique()}@example.dk`);
    const request = await post(user, `/api/v1/organizations/${world.orgs.sme}/join-requests`, {});
    await expectStatus(
      injectAs(api, world.users.smeOwner, {
        method: 'POST',
        url: `/api/v1/organizations/${world.orgs.sme}/join-requests/${request}/approve`,
      }),
      200,
    );
    return user.id;
  },
  async clusterMember() {
    const company = await throwaway.company();
    await post(
      world.users.brokerA,
      `/api/v1/clusters/${world.orgs.clusterA}/members`,
      clusterMemberPayload(company),
    );
    return company;
  },
  async participation() {
    const activity = await throwaway.activity();
    const participation = await post(world.users.brokerA, `/api/v1/activities/${activity}/participations`, {
      organizationId: world.orgs.sme,
    });
    return { activity, participation };
  },
  /** A fresh account with the caller's platform roles (null for anonymous). */
  async account(caller: Caller): Promise<TestUser | null> {
    if (caller === 'anonymous') return null;
    const roles = caller === 'admin' || caller === 'programme' ? [caller] : [];
    return signUp(api, `${caller.toLowerCase()}-${unique()}@example.dk`, { roles });
  },
  /** A new session of the caller's own account (signing it out leaves the matrix's session alone). */
  async session(caller: Caller): Promise<TestUser | null> {
    const user = userOf(caller);
    if (!user) return null;
    const response = await expectStatus(
      injectAs(api, null, {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      }),
      200,
    );
    return {
      ...user,
      token: response.accessToken,
      headers: { authorization: `Bearer ${response.accessToken}` },
    };
  },
};

const fundingPayload = () => ({
  clusterId: world.orgs.clusterA,
  year: 2025,
  source: 'innovation_power',
  amountDkk: 100_000,
  status: 'spent',
});
const clusterMemberPayload = (organizationId: string) => ({
  organizationId,
  yearlyFeeDkk: 5000,
  since: '2024-01-01',
});
const caseOf = (needId: string) => ({
  companyId: world.orgs.sme,
  institutionId: world.orgs.university,
  needId,
  competenceId: ids.competence,
});
const UNKNOWN_TOKEN = 'x'.repeat(43);

// Shorthands for common rows, in the columns' order:
//                anon sme  inst unrel brkA brkB prog admin
const PUBLIC = '200 200 200 200 200 200 200 200';
const SIGNED_IN = '401 200 200 200 200 200 200 200';
const SIGNED_IN_NO_CONTENT = '401 204 204 204 204 204 204 204';
const SAME_FOR_ALL_410 = '410 410 410 410 410 410 410 410';

/**
 * The matrix. Columns: anonymous, SME member (a plain member who writes the SME's needs), institution
 * member (the university's owner), member of an unrelated company (in cluster B), broker of the owning
 * cluster A, broker of cluster B, programme staff, platform admin.
 */
const MATRIX: Record<string, Row> = {
  //                                                          anon sme inst unrel brkA brkB prog admin
  'GET /api/health/live': [PUBLIC, () => ({ url: '/api/health/live' })],
  'GET /api/health/ready': [PUBLIC, () => ({ url: '/api/health/ready' })],

  'GET /api/v1/activities': ['401 403 403 403 200 200 200 200', () => ({ url: '/api/v1/activities' })],
  'POST /api/v1/activities': [
    '401 403 403 403 201 403 403 201',
    () => ({ url: '/api/v1/activities', payload: activityPayload(world.orgs.clusterA) }),
  ],
  'DELETE /api/v1/activities/:id': [
    '401 403 403 403 204 404 403 204',
    async () => ({ url: `/api/v1/activities/${await throwaway.activity()}` }),
  ],
  'GET /api/v1/activities/:id': [
    '401 403 403 403 200 404 200 200',
    () => ({ url: `/api/v1/activities/${ids.activity}` }),
  ],
  'PATCH /api/v1/activities/:id': [
    '401 403 403 403 200 404 403 200',
    () => ({ url: `/api/v1/activities/${ids.activity}`, payload: { place: 'Aarhus C' } }),
  ],
  'GET /api/v1/activities/:id/participations': [
    '401 403 403 403 200 404 200 200',
    () => ({ url: `/api/v1/activities/${ids.activity}/participations` }),
  ],
  'POST /api/v1/activities/:id/participations': [
    '401 403 403 403 201 404 403 201',
    async () => ({
      url: `/api/v1/activities/${await throwaway.activity()}/participations`,
      payload: { organizationId: world.orgs.university },
    }),
  ],
  'DELETE /api/v1/activities/:id/participations/:participationId': [
    '401 403 403 403 204 404 403 204',
    async () => {
      const { activity, participation } = await throwaway.participation();
      return { url: `/api/v1/activities/${activity}/participations/${participation}` };
    },
  ],
  'PATCH /api/v1/activities/:id/participations/:participationId': [
    '401 403 403 403 200 404 403 200',
    () => ({
      url: `/api/v1/activities/${ids.activity}/participations/${ids.participation}`,
      payload: { persons: 2 },
    }),
  ],
  'POST /api/v1/activities/:id/participations/import/commit': [
    '401 403 403 403 200 404 403 200',
    () => ({
      url: `/api/v1/activities/${ids.activity}/participations/import/commit`,
      payload: { rows: [{ line: 2, organizationId: world.orgs.university }] },
    }),
  ],
  'POST /api/v1/activities/:id/participations/import/preview': [
    '401 403 403 403 200 404 403 200',
    () => ({
      url: `/api/v1/activities/${ids.activity}/participations/import/preview`,
      payload: { csv: 'name;cvr;email_domain;country\r\nVestjysk Universitet;;;DK' },
    }),
  ],

  'GET /api/v1/admin/search/status': [
    '401 403 403 403 403 403 403 200',
    () => ({ url: '/api/v1/admin/search/status' }),
  ],

  'POST /api/v1/auth/login': [
    PUBLIC,
    // Signing in ends the session the caller came with: a fresh one of theirs keeps the matrix's.
    async (caller) => ({
      url: '/api/v1/auth/login',
      payload: { email: world.users.colleague.email, password: TEST_PASSWORD },
      as: await throwaway.session(caller),
    }),
  ],
  'POST /api/v1/auth/logout': [
    SIGNED_IN_NO_CONTENT,
    async (caller) => ({ url: '/api/v1/auth/logout', as: await throwaway.session(caller) }),
  ],
  'GET /api/v1/auth/me': [SIGNED_IN, () => ({ url: '/api/v1/auth/me' })],
  'PATCH /api/v1/auth/me': [SIGNED_IN, () => ({ url: '/api/v1/auth/me', payload: { locale: 'da' } })],
  'POST /api/v1/auth/password-reset': [
    '202 202 202 202 202 202 202 202',
    () => ({ url: '/api/v1/auth/password-reset', payload: { email: world.users.colleague.email } }),
  ],
  'POST /api/v1/auth/password-reset/:token': [
    SAME_FOR_ALL_410,
    () => ({
      url: `/api/v1/auth/password-reset/${UNKNOWN_TOKEN}`,
      payload: { password: 'a-New-password-for-77' },
    }),
  ],
  'POST /api/v1/auth/register': [
    '201 201 201 201 201 201 201 201',
    async (caller) => ({
      url: '/api/v1/auth/register',
      as: await throwaway.session(caller),
      payload: { email: `new-${unique()}@example.dk`, password: TEST_PASSWORD, name: 'New Person' },
    }),
  ],

  'GET /api/v1/case-consents/:token': [PUBLIC, () => ({ url: `/api/v1/case-consents/${ids.consentToken}` })],
  'POST /api/v1/case-consents/:token': [
    '404 404 404 404 404 404 404 404',
    () => ({ url: `/api/v1/case-consents/${UNKNOWN_TOKEN}`, payload: { decision: 'accept' } }),
  ],
  'GET /api/v1/cases': ['401 200 200 200 200 200 403 200', () => ({ url: '/api/v1/cases' })],
  'POST /api/v1/cases': [
    '401 201 201 403 201 403 403 201',
    // Brokers (and admins) open a case for a cluster; the parties ask for an introduction as members.
    async (caller) => ({
      url: '/api/v1/cases',
      payload: {
        ...caseOf(await throwaway.openNeed()),
        ...(['brokerA', 'brokerB', 'admin'].includes(caller) ? { clusterId: world.orgs.clusterA } : {}),
      },
    }),
  ],
  'GET /api/v1/cases/:id': ['401 200 200 404 200 404 403 200', () => ({ url: `/api/v1/cases/${ids.case}` })],
  'PATCH /api/v1/cases/:id': [
    '401 403 403 404 200 404 403 200',
    () => ({ url: `/api/v1/cases/${ids.case}`, payload: { nextAction: 'Follow up' } }),
  ],
  'POST /api/v1/cases/:id/consent': [
    '401 200 200 404 403 404 403 403',
    async () => ({
      url: `/api/v1/cases/${await throwaway.introducedCase()}/consent`,
      payload: { decision: 'accept' },
    }),
  ],
  'POST /api/v1/cases/:id/handover': [
    '401 403 403 404 200 404 403 200',
    async () => ({
      url: `/api/v1/cases/${await throwaway.case()}/handover`,
      payload: { clusterId: world.orgs.clusterB },
    }),
  ],
  'GET /api/v1/cases/:id/messages': [
    '401 200 200 404 200 404 403 200',
    () => ({ url: `/api/v1/cases/${ids.case}/messages` }),
  ],
  'POST /api/v1/cases/:id/messages': [
    '401 201 201 404 201 404 403 201',
    () => ({ url: `/api/v1/cases/${ids.case}/messages`, payload: { body: 'Hello' } }),
  ],
  'POST /api/v1/cases/:id/notes': [
    '401 403 403 404 201 404 403 201',
    () => ({ url: `/api/v1/cases/${ids.case}/notes`, payload: { body: 'Keen, but slow' } }),
  ],
  'GET /api/v1/cases/inbox': [
    '401 403 403 403 200 403 403 200',
    () => ({ url: `/api/v1/cases/inbox?cluster=${world.orgs.clusterA}` }),
  ],
  'GET /api/v1/cases/summary': ['401 403 403 403 200 200 200 200', () => ({ url: '/api/v1/cases/summary' })],

  'GET /api/v1/clusters': [PUBLIC, () => ({ url: '/api/v1/clusters' })],
  'GET /api/v1/clusters/:id/members': [
    PUBLIC,
    () => ({ url: `/api/v1/clusters/${world.orgs.clusterA}/members` }),
  ],
  'POST /api/v1/clusters/:id/members': [
    '401 403 403 403 201 403 403 201',
    async () => ({
      url: `/api/v1/clusters/${world.orgs.clusterA}/members`,
      payload: clusterMemberPayload(await throwaway.company()),
    }),
  ],
  'DELETE /api/v1/clusters/:id/members/:organizationId': [
    '401 403 403 403 204 403 403 204',
    async () => ({
      url: `/api/v1/clusters/${world.orgs.clusterA}/members/${await throwaway.clusterMember()}`,
    }),
  ],
  'GET /api/v1/clusters/:id/strength-industries': [
    '401 403 403 403 200 403 200 200',
    () => ({ url: `/api/v1/clusters/${world.orgs.clusterA}/strength-industries` }),
  ],
  'PUT /api/v1/clusters/:id/strength-industries': [
    '401 403 403 403 403 403 403 200',
    () => ({
      url: `/api/v1/clusters/${world.orgs.clusterA}/strength-industries`,
      payload: { mappings: [{ strengthArea: 'Fødevarer', industryCode: '10' }] },
    }),
  ],
  'PUT /api/v1/clusters/:id/targets': [
    '401 403 403 403 403 403 200 200',
    () => ({
      url: `/api/v1/clusters/${world.orgs.clusterA}/targets`,
      payload: { targets: [{ year: 2025, figure: 'companies', target: 10 }] },
    }),
  ],

  'GET /api/v1/competencies': [PUBLIC, () => ({ url: '/api/v1/competencies' })],
  'POST /api/v1/competencies': [
    '401 403 201 403 403 403 403 201',
    () => ({ url: '/api/v1/competencies', payload: competencePayload(world.orgs.university) }),
  ],
  'DELETE /api/v1/competencies/:id': [
    '401 403 204 403 403 403 403 204',
    async () => ({ url: `/api/v1/competencies/${await throwaway.competence()}` }),
  ],
  'GET /api/v1/competencies/:id': [PUBLIC, () => ({ url: `/api/v1/competencies/${ids.competence}` })],
  'PATCH /api/v1/competencies/:id': [
    '401 403 200 403 403 403 403 200',
    () => ({ url: `/api/v1/competencies/${ids.competence}`, payload: { languages: ['da', 'en'] } }),
  ],
  'GET /api/v1/competencies/:id/matches': [
    PUBLIC,
    () => ({ url: `/api/v1/competencies/${ids.competence}/matches` }),
  ],
  'POST /api/v1/competencies/:id/status': [
    '401 403 200 403 403 403 403 200',
    async () => ({
      url: `/api/v1/competencies/${await throwaway.competence()}/status`,
      payload: { status: 'closed' },
    }),
  ],

  'GET /api/v1/funding-records': [
    '401 403 403 403 200 200 200 200',
    () => ({ url: '/api/v1/funding-records' }),
  ],
  'POST /api/v1/funding-records': [
    '401 403 403 403 201 403 403 201',
    () => ({ url: '/api/v1/funding-records', payload: fundingPayload() }),
  ],
  'DELETE /api/v1/funding-records/:id': [
    '401 403 403 403 204 404 403 204',
    async () => ({ url: `/api/v1/funding-records/${await throwaway.fundingRecord()}` }),
  ],
  'PATCH /api/v1/funding-records/:id': [
    '401 403 403 403 200 404 403 200',
    () => ({ url: `/api/v1/funding-records/${ids.fundingRecord}`, payload: { amountDkk: 120_000 } }),
  ],

  'POST /api/v1/imports': [
    '401 403 403 403 403 403 200 200',
    () => ({
      url: '/api/v1/imports',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: `${JSON.stringify({ type: 'organization', externalId: 'access:org:1', name: 'Importskolen', kind: 'university' })}\n`,
    }),
  ],

  'GET /api/v1/invitations/:token': [PUBLIC, () => ({ url: `/api/v1/invitations/${ids.invitationToken}` })],
  'POST /api/v1/invitations/:token/accept': [
    // A real invitation, sent to another address: nobody here may take it.
    '401 403 403 403 403 403 403 403',
    () => ({ url: `/api/v1/invitations/${ids.invitationToken}/accept` }),
  ],

  'DELETE /api/v1/me': [
    SIGNED_IN_NO_CONTENT,
    // The callers own organisations (the only owner gets 409): each deletes a fresh account of its kind.
    async (caller) => ({
      url: '/api/v1/me',
      payload: { password: TEST_PASSWORD },
      as: await throwaway.account(caller),
    }),
  ],
  'GET /api/v1/me/competencies': [SIGNED_IN, () => ({ url: '/api/v1/me/competencies' })],
  'POST /api/v1/me/email': [
    '401 202 202 202 202 202 202 202',
    () => ({
      url: '/api/v1/me/email',
      payload: { newEmail: `moved-${unique()}@example.dk`, password: TEST_PASSWORD },
    }),
  ],
  'POST /api/v1/me/email/confirm/:token': [
    SAME_FOR_ALL_410,
    () => ({ url: `/api/v1/me/email/confirm/${UNKNOWN_TOKEN}` }),
  ],
  'GET /api/v1/me/export': [SIGNED_IN, () => ({ url: '/api/v1/me/export' })],
  'GET /api/v1/me/join-requests': [SIGNED_IN, () => ({ url: '/api/v1/me/join-requests' })],
  'GET /api/v1/me/needs': [SIGNED_IN, () => ({ url: '/api/v1/me/needs' })],
  'GET /api/v1/me/organizations': [SIGNED_IN, () => ({ url: '/api/v1/me/organizations' })],
  'POST /api/v1/me/password': [
    SIGNED_IN_NO_CONTENT,
    () => ({
      url: '/api/v1/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
    }),
  ],

  'GET /api/v1/needs': [PUBLIC, () => ({ url: '/api/v1/needs' })],
  'POST /api/v1/needs': [
    '401 201 403 403 403 403 403 201',
    () => ({ url: '/api/v1/needs', payload: needPayload(world.orgs.sme) }),
  ],
  'DELETE /api/v1/needs/:id': [
    '401 204 403 403 403 403 403 204',
    async () => ({ url: `/api/v1/needs/${await throwaway.need()}` }),
  ],
  'GET /api/v1/needs/:id': [PUBLIC, () => ({ url: `/api/v1/needs/${ids.need}` })],
  'PATCH /api/v1/needs/:id': [
    '401 200 403 403 403 403 403 200',
    () => ({ url: `/api/v1/needs/${ids.need}`, payload: { languages: ['da', 'en'] } }),
  ],
  'GET /api/v1/needs/:id/matches': [PUBLIC, () => ({ url: `/api/v1/needs/${ids.need}/matches` })],
  'POST /api/v1/needs/:id/status': [
    '401 200 403 403 403 403 403 200',
    async () => ({ url: `/api/v1/needs/${await throwaway.need()}/status`, payload: { status: 'closed' } }),
  ],

  'GET /api/v1/notification-preferences': [SIGNED_IN, () => ({ url: '/api/v1/notification-preferences' })],
  'PUT /api/v1/notification-preferences': [
    SIGNED_IN,
    () => ({ url: '/api/v1/notification-preferences', payload: { message: 'digest' } }),
  ],
  'GET /api/v1/notifications': [SIGNED_IN, () => ({ url: '/api/v1/notifications' })],
  'POST /api/v1/notifications/:id/read': [
    '401 200 404 404 404 404 404 404',
    () => ({ url: `/api/v1/notifications/${ids.notification}/read` }),
  ],
  'POST /api/v1/notifications/read-all': [SIGNED_IN, () => ({ url: '/api/v1/notifications/read-all' })],
  'GET /api/v1/notifications/unread-count': [
    SIGNED_IN,
    () => ({ url: '/api/v1/notifications/unread-count' }),
  ],

  'GET /api/v1/organizations': [PUBLIC, () => ({ url: '/api/v1/organizations' })],
  'POST /api/v1/organizations': [
    '401 201 201 201 201 201 201 201',
    () => ({
      url: '/api/v1/organizations',
      payload: { kind: 'university', name: `Nyt Universitet ${unique()}` },
    }),
  ],
  'DELETE /api/v1/organizations/:id': [
    '401 204 403 403 403 403 403 204',
    async () => ({ url: `/api/v1/organizations/${await throwaway.organization()}` }),
  ],
  'GET /api/v1/organizations/:id': [PUBLIC, () => ({ url: `/api/v1/organizations/${world.orgs.sme}` })],
  'PATCH /api/v1/organizations/:id': [
    '401 403 403 403 403 403 403 200',
    () => ({
      url: `/api/v1/organizations/${world.orgs.sme}`,
      payload: { website: 'https://fjordmejeriet.dk/' },
    }),
  ],
  'GET /api/v1/organizations/:id/competencies': [
    PUBLIC,
    () => ({ url: `/api/v1/organizations/${world.orgs.university}/competencies` }),
  ],
  'GET /api/v1/organizations/:id/invitations': [
    '401 403 403 403 403 403 403 200',
    () => ({ url: `/api/v1/organizations/${world.orgs.sme}/invitations` }),
  ],
  'POST /api/v1/organizations/:id/invitations': [
    '401 403 403 403 403 403 403 201',
    () => ({
      url: `/api/v1/organizations/${world.orgs.sme}/invitations`,
      payload: { email: `invitee-${unique()}@example.dk`, role: 'member' },
    }),
  ],
  'DELETE /api/v1/organizations/:id/invitations/:invitationId': [
    '401 403 403 403 403 403 403 204',
    async () => ({
      url: `/api/v1/organizations/${world.orgs.sme}/invitations/${await throwaway.invitation()}`,
    }),
  ],
  'GET /api/v1/organizations/:id/join-requests': [
    '401 403 403 403 403 403 403 200',
    () => ({ url: `/api/v1/organizations/${world.orgs.sme}/join-requests` }),
  ],
  'POST /api/v1/organizations/:id/join-requests': [
    '401 409 201 201 201 201 201 201',
    () => ({ url: `/api/v1/organizations/${world.orgs.sme}/join-requests`, payload: {} }),
  ],
  'POST /api/v1/organizations/:id/join-requests/:requestId/approve': [
    '401 403 403 403 403 403 403 200',
    async () => ({
      url: `/api/v1/organizations/${world.orgs.sme}/join-requests/${await throwaway.joinRequest()}/approve`,
    }),
  ],
  'POST /api/v1/organizations/:id/join-requests/:requestId/reject': [
    '401 403 403 403 403 403 403 200',
    async () => ({
      url: `/api/v1/organizations/${world.orgs.sme}/join-requests/${await throwaway.joinRequest()}/reject`,
    }),
  ],
  'GET /api/v1/organizations/:id/matches': [
    PUBLIC,
    () => ({ url: `/api/v1/organizations/${world.orgs.sme}/matches` }),
  ],
  'GET /api/v1/organizations/:id/members': [
    '401 200 403 403 403 403 403 200',
    () => ({ url: `/api/v1/organizations/${world.orgs.sme}/members` }),
  ],
  'DELETE /api/v1/organizations/:id/members/:userId': [
    '401 403 403 403 403 403 403 204',
    async () => ({ url: `/api/v1/organizations/${world.orgs.sme}/members/${await throwaway.member()}` }),
  ],
  'PATCH /api/v1/organizations/:id/members/:userId': [
    '401 403 403 403 403 403 403 200',
    () => ({
      url: `/api/v1/organizations/${world.orgs.sme}/members/${world.users.colleague.id}`,
      payload: { role: 'member' },
    }),
  ],
  'GET /api/v1/organizations/:id/needs': [
    PUBLIC,
    () => ({ url: `/api/v1/organizations/${world.orgs.sme}/needs` }),
  ],
  // Its members, programme staff and admins: not the brokers of its cluster.
  'GET /api/v1/organizations/:id/participations': [
    '401 200 403 403 403 403 200 200',
    () => ({ url: `/api/v1/organizations/${world.orgs.sme}/participations` }),
  ],

  'GET /api/v1/saved-searches': [SIGNED_IN, () => ({ url: '/api/v1/saved-searches' })],
  'POST /api/v1/saved-searches': [
    '401 201 201 201 201 201 201 201',
    () => ({ url: '/api/v1/saved-searches', payload: { name: `Cows ${unique()}`, query: { q: 'cows' } } }),
  ],
  'DELETE /api/v1/saved-searches/:id': [
    '401 204 404 404 404 404 404 404',
    async () => ({ url: `/api/v1/saved-searches/${await throwaway.savedSearch()}` }),
  ],
  'PATCH /api/v1/saved-searches/:id': [
    '401 200 404 404 404 404 404 404',
    () => ({ url: `/api/v1/saved-searches/${ids.savedSearch}`, payload: { name: 'Dairy cows' } }),
  ],
  'GET /api/v1/search': [PUBLIC, () => ({ url: '/api/v1/search?q=cows' })],

  'GET /api/v1/statistics': [
    '401 403 403 403 200 403 200 200',
    () => ({ url: `/api/v1/statistics?cluster=${world.orgs.clusterA}` }),
  ],
  'GET /api/v1/statistics/clusters': [
    '401 403 403 403 200 200 200 200',
    () => ({ url: '/api/v1/statistics/clusters' }),
  ],
  'GET /api/v1/statistics/evaluation': [
    '401 403 403 403 200 403 200 200',
    () => ({ url: `/api/v1/statistics/evaluation?cluster=${world.orgs.clusterA}` }),
  ],
  'GET /api/v1/statistics/rows': [
    '401 403 403 403 200 403 200 200',
    () => ({ url: `/api/v1/statistics/rows?cluster=${world.orgs.clusterA}&figure=companies` }),
  ],
};

/** Rows that change the callers' own accounts run last, so they break no other row. */
const LAST = ['POST /api/v1/me/password', 'DELETE /api/v1/me'];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'videnbro-access-'));
  api = await startTestApi({
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://localhost:3000',
    CASE_LINK_SECRET: 'a-test-secret-for-case-links-0123456789',
  });
  world = await buildPostingWorld(api);
  relay = await startTestRelay(api.context.config);
  await relay.index.prepare();
  const { users, orgs } = world;
  ids.need = await post(
    users.author,
    '/api/v1/needs',
    needPayload(orgs.sme, { status: 'open', contactUserId: users.colleague.id }),
  );
  ids.brokersNeed = await post(
    users.author,
    '/api/v1/needs',
    needPayload(orgs.sme, { title: SECRET_TITLE, status: 'open', visibility: 'brokers' }),
  );
  ids.competence = await post(
    users.scholar,
    '/api/v1/competencies',
    competencePayload(orgs.university, { status: 'open', contactUserId: users.scholar.id }),
  );
  await throwaway.introducedCase();
  ids.consentToken = await tokenMailed(users.author.email, 'case-consents');
  // The matrix's case: introduced and accepted by both, so its thread is open.
  ids.case = await throwaway.introducedCase();
  for (const party of [users.author, users.scholar]) {
    await expectStatus(
      injectAs(api, party, {
        method: 'POST',
        url: `/api/v1/cases/${ids.case}/consent`,
        payload: { decision: 'accept' },
      }),
      200,
    );
  }
  await expectStatus(
    injectAs(api, users.brokerA, {
      method: 'PATCH',
      url: `/api/v1/organizations/${orgs.clusterA}`,
      payload: { strengthAreas: ['Fødevarer'] },
    }),
    200,
  );
  ids.activity = await throwaway.activity();
  ids.participation = await post(users.brokerA, `/api/v1/activities/${ids.activity}/participations`, {
    organizationId: orgs.sme,
  });
  ids.fundingRecord = await throwaway.fundingRecord();
  ids.savedSearch = await throwaway.savedSearch();
  const invitee = `invitee-${unique()}@example.dk`;
  await post(users.smeOwner, `/api/v1/organizations/${orgs.sme}/invitations`, {
    email: invitee,
    role: 'member',
  });
  ids.invitationToken = await tokenMailed(invitee, 'invitations');
  const notifications = await expectStatus(
    injectAs(api, users.author, { method: 'GET', url: '/api/v1/notifications' }),
    200,
  );
  ids.notification = notifications.items[0].id;
  await post(users.brokerA, `/api/v1/cases/${ids.case}/notes`, { body: CASE_NOTE });
  await relay.relay.drain();
}, 300_000);
afterAll(async () => {
  await relay?.close();
  await api?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Every row's statuses, as the callers get them, in the columns' order. */
async function statusesOf(route: string): Promise<string> {
  const [method] = route.split(' ') as [Method, string];
  const [, request] = MATRIX[route];
  const statuses: number[] = [];
  for (const caller of CALLERS) {
    const { url, payload, headers, as } = await request(caller);
    const response = await injectAs(api, as === undefined ? userOf(caller) : as, {
      method,
      url,
      payload,
      headers,
    });
    statuses.push(response.statusCode);
  }
  return statuses.join(' ');
}

describe('the access matrix', () => {
  const routes = Object.keys(MATRIX);
  const ordered = [...routes.filter((r) => !LAST.includes(r)), ...LAST];

  it('has a row for every route of the application, and none for a route that is gone', () => {
    const listed = listRoutes(api.app).map((route) => `${route.method} ${route.path}`);
    expect({
      missing: listed.filter((r) => !MATRIX[r]),
      gone: routes.filter((r) => !listed.includes(r)),
    }).toEqual({ missing: [], gone: [] });
  });

  it.each(ordered)('%s', async (route) => {
    expect(await statusesOf(route)).toBe(MATRIX[route][0]);
  });

  afterAll(() => {
    console.log(
      `access matrix: ${routes.length} routes × ${CALLERS.length} callers = ${routes.length * CALLERS.length} cells, ` +
        `${OBJECT_CHECKS.length} object-level checks, ${DISCLOSURES.length} disclosure rows`,
    );
  });
});

/**
 * Object-level checks: an id of the other side (another organisation, cluster, user) in the path or
 * the body of a route the caller may use for their own objects.
 */
type ObjectCheck = readonly [what: string, caller: Caller, method: Method, call: () => Call, status: number];
const OBJECT_CHECKS: readonly ObjectCheck[] = [
  [
    "the SME member edits the unrelated company's profile",
    'sme',
    'PATCH',
    () => ({ url: `/api/v1/organizations/${world.orgs.unrelated}`, payload: { website: 'https://x.dk/' } }),
    403,
  ],
  [
    'the SME member posts a need for the unrelated company',
    'sme',
    'POST',
    () => ({ url: '/api/v1/needs', payload: needPayload(world.orgs.unrelated) }),
    403,
  ],
  [
    'the institution member posts a competence for the unrelated company',
    'institution',
    'POST',
    () => ({ url: '/api/v1/competencies', payload: competencePayload(world.orgs.unrelated) }),
    403,
  ],
  [
    "the unrelated owner approves the SME's join request under their own company's id",
    'unrelated',
    'POST',
    () => ({
      url: `/api/v1/organizations/${world.orgs.unrelated}/join-requests/${others.joinRequest}/approve`,
    }),
    404,
  ],
  [
    "the unrelated owner withdraws the SME's invitation under their own company's id",
    'unrelated',
    'DELETE',
    () => ({ url: `/api/v1/organizations/${world.orgs.unrelated}/invitations/${others.invitation}` }),
    404,
  ],
  [
    "the unrelated owner changes the role of an SME member under their own company's id",
    'unrelated',
    'PATCH',
    () => ({
      url: `/api/v1/organizations/${world.orgs.unrelated}/members/${world.users.colleague.id}`,
      payload: { role: 'admin' },
    }),
    404,
  ],
  [
    "the unrelated owner removes an SME member under their own company's id",
    'unrelated',
    'DELETE',
    () => ({ url: `/api/v1/organizations/${world.orgs.unrelated}/members/${world.users.colleague.id}` }),
    404,
  ],
  [
    "cluster A's broker adds a company to cluster B",
    'brokerA',
    'POST',
    () => ({
      url: `/api/v1/clusters/${world.orgs.clusterB}/members`,
      payload: clusterMemberPayload(world.orgs.sme),
    }),
    403,
  ],
  [
    "cluster A's broker removes cluster B's member under cluster A",
    'brokerA',
    'DELETE',
    () => ({ url: `/api/v1/clusters/${world.orgs.clusterA}/members/${world.orgs.unrelated}` }),
    404,
  ],
  [
    "cluster A's broker removes cluster B's member",
    'brokerA',
    'DELETE',
    () => ({ url: `/api/v1/clusters/${world.orgs.clusterB}/members/${world.orgs.unrelated}` }),
    403,
  ],
  [
    "cluster A's broker edits cluster B's activity",
    'brokerA',
    'PATCH',
    () => ({ url: `/api/v1/activities/${others.activity}`, payload: { place: 'Esbjerg' } }),
    404,
  ],
  [
    "cluster A's broker edits cluster A's participation under cluster B's activity",
    'brokerA',
    'PATCH',
    () => ({
      url: `/api/v1/activities/${others.activity}/participations/${ids.participation}`,
      payload: { persons: 9 },
    }),
    404,
  ],
  [
    "cluster A's broker records funding for cluster B",
    'brokerA',
    'POST',
    () => ({
      url: '/api/v1/funding-records',
      payload: { ...fundingPayload(), clusterId: world.orgs.clusterB },
    }),
    403,
  ],
  [
    "cluster A's broker edits cluster B's funding record",
    'brokerA',
    'PATCH',
    () => ({ url: `/api/v1/funding-records/${others.fundingRecord}`, payload: { amountDkk: 1 } }),
    404,
  ],
  [
    "cluster A's broker reads cluster B's inbox",
    'brokerA',
    'GET',
    () => ({ url: `/api/v1/cases/inbox?cluster=${world.orgs.clusterB}` }),
    403,
  ],
  [
    "cluster A's broker reads cluster B's statistics",
    'brokerA',
    'GET',
    () => ({ url: `/api/v1/statistics?cluster=${world.orgs.clusterB}` }),
    403,
  ],
  [
    "cluster B's broker lists cluster A's cases",
    'brokerB',
    'GET',
    () => ({ url: `/api/v1/cases?cluster=${world.orgs.clusterA}` }),
    403,
  ],
  [
    "cluster B's broker hands cluster A's case over to cluster B",
    'brokerB',
    'POST',
    () => ({ url: `/api/v1/cases/${ids.case}/handover`, payload: { clusterId: world.orgs.clusterB } }),
    404,
  ],
  [
    "the SME member renames a colleague's saved search",
    'sme',
    'PATCH',
    () => ({ url: `/api/v1/saved-searches/${others.savedSearch}`, payload: { name: 'Mine now' } }),
    404,
  ],
  [
    "the SME member deletes a colleague's saved search",
    'sme',
    'DELETE',
    () => ({ url: `/api/v1/saved-searches/${others.savedSearch}` }),
    404,
  ],
  [
    'the SME member marks the institution member’s notification read',
    'sme',
    'POST',
    () => ({ url: `/api/v1/notifications/${others.notification}/read` }),
    404,
  ],
  [
    "cluster B's broker links cluster A's case to an activity of cluster B",
    'brokerB',
    'POST',
    () => ({
      url: '/api/v1/activities',
      payload: activityPayload(world.orgs.clusterB, { caseIds: [ids.case] }),
    }),
    400,
  ],
  [
    "cluster B's broker creates an activity for cluster A",
    'brokerB',
    'POST',
    () => ({ url: '/api/v1/activities', payload: activityPayload(world.orgs.clusterA) }),
    403,
  ],
  [
    "cluster B's broker records funding on cluster A's activity",
    'brokerB',
    'POST',
    () => ({
      url: '/api/v1/funding-records',
      payload: { ...fundingPayload(), clusterId: world.orgs.clusterB, activityId: ids.activity },
    }),
    400,
  ],
  [
    "cluster A's broker makes cluster B's broker the owner of its case",
    'brokerA',
    'PATCH',
    () => ({ url: `/api/v1/cases/${ids.case}`, payload: { ownerUserId: world.users.brokerB.id } }),
    400,
  ],
  [
    'the SME member asks for an introduction on behalf of the unrelated company',
    'sme',
    'POST',
    () => ({ url: '/api/v1/cases', payload: { ...caseOf(ids.need), companyId: world.orgs.unrelated } }),
    403,
  ],
  [
    "the SME member makes the unrelated owner the need's contact",
    'sme',
    'PATCH',
    () => ({ url: `/api/v1/needs/${ids.need}`, payload: { contactUserId: world.users.unrelatedOwner.id } }),
    400,
  ],
  ...(['anonymous', 'institution', 'unrelated', 'brokerB'] as const).flatMap(
    (caller) =>
      [
        [
          `${caller} reads the SME's brokers-only need`,
          caller,
          'GET',
          () => ({ url: `/api/v1/needs/${ids.brokersNeed}` }),
          404,
        ],
        [
          `${caller} reads the matches of the SME's brokers-only need`,
          caller,
          'GET',
          () => ({ url: `/api/v1/needs/${ids.brokersNeed}/matches` }),
          404,
        ],
      ] as const,
  ),
  ...(['sme', 'brokerA', 'programme', 'admin'] as const).map(
    (caller) =>
      [
        `${caller} reads the SME's brokers-only need`,
        caller,
        'GET',
        () => ({ url: `/api/v1/needs/${ids.brokersNeed}` }),
        200,
      ] as const,
  ),
];

describe('object-level access', () => {
  beforeAll(async () => {
    const { users, orgs } = world;
    others.activity = await post(users.brokerB, '/api/v1/activities', activityPayload(orgs.clusterB));
    others.fundingRecord = await post(users.brokerB, '/api/v1/funding-records', {
      ...fundingPayload(),
      clusterId: orgs.clusterB,
    });
    others.joinRequest = await throwaway.joinRequest();
    others.invitation = await throwaway.invitation();
    others.savedSearch = await post(users.colleague, '/api/v1/saved-searches', {
      name: 'Carl’s',
      query: { q: 'milk' },
    });
    const { items } = await expectStatus(
      injectAs(api, users.scholar, { method: 'GET', url: '/api/v1/notifications' }),
      200,
    );
    others.notification = items[0].id;
  });

  it.each(OBJECT_CHECKS)('%s: %s', async (_what, caller, method, request, status) => {
    const { url, payload } = request();
    const response = await injectAs(api, userOf(caller), { method, url, payload });
    expect(`${response.statusCode} ${response.body}`).toMatch(new RegExp(`^${status} `));
  });

  it('takes everything of the SME from a member it removed', async () => {
    const { users, orgs } = world;
    const leaver = await signUp(api, `removed-${unique()}@example.dk`);
    const request = await post(leaver, `/api/v1/organizations/${orgs.sme}/join-requests`, {});
    const as = (user: TestUser, method: Method, url: string, payload?: object) =>
      injectAs(api, user, { method, url, payload });
    await expectStatus(
      as(users.smeOwner, 'POST', `/api/v1/organizations/${orgs.sme}/join-requests/${request}/approve`),
      200,
    );
    const own = await post(
      leaver,
      '/api/v1/needs',
      needPayload(orgs.sme, { title: 'My own need', status: 'open' }),
    );
    const reads = async () => ({
      members: (await as(leaver, 'GET', `/api/v1/organizations/${orgs.sme}/members`)).statusCode,
      secret: (await as(leaver, 'GET', `/api/v1/needs/${ids.brokersNeed}`)).statusCode,
      editOwn: (await as(leaver, 'PATCH', `/api/v1/needs/${own}`, { languages: ['da', 'en'] })).statusCode,
      contact: (await as(leaver, 'GET', `/api/v1/needs/${ids.need}`)).body.includes(users.colleague.email),
    });
    expect(await reads()).toEqual({ members: 200, secret: 200, editOwn: 200, contact: true });
    await expectStatus(
      as(users.smeOwner, 'DELETE', `/api/v1/organizations/${orgs.sme}/members/${leaver.id}`),
      204,
    );
    expect(await reads()).toEqual({ members: 403, secret: 404, editOwn: 403, contact: false });
  });

  /** The listings that would show the brokers-only need, each asked for its words. */
  const listings = () => [
    '/api/v1/needs?q=cheese',
    `/api/v1/organizations/${world.orgs.sme}/needs?q=cheese`,
    '/api/v1/search?q=cheese',
  ];

  it.each([
    ['anonymous', false],
    ['institution', false],
    ['unrelated', false],
    ['brokerB', false],
    ['programme', true],
    ['sme', true],
    ['brokerA', true],
  ] as const)(
    "lists the brokers-only need to %s: %s (needs, the SME's needs, search)",
    async (caller, listed) => {
      for (const url of listings()) {
        const body = await expectStatus(injectAs(api, userOf(caller), { method: 'GET', url }), 200);
        expect({ url, listed: JSON.stringify(body).includes(SECRET_TITLE) }).toEqual({ url, listed });
      }
    },
  );
});

/**
 * What each caller is shown of the confidential parts of answers they may read: whether the answer
 * (200) holds the text. Columns as in the matrix; y shown, n not shown (or no 200).
 */
const DISCLOSURES: [what: string, url: () => string, text: () => string, expected: string][] = [
  [
    "the need's contact person (the SME's members only, not even admins)",
    () => `/api/v1/needs/${ids.need}`,
    () => world.users.colleague.email,
    'n y n n n n n n',
  ],
  [
    "the competence's contact person (the university's members only)",
    () => `/api/v1/competencies/${ids.competence}`,
    () => world.users.scholar.email,
    'n n y n n n n n',
  ],
  [
    "cluster A's yearly membership fees (its brokers, programme, admins)",
    () => `/api/v1/clusters/${world.orgs.clusterA}/members`,
    () => '"yearlyFeeDkk"',
    'n n n n y n y y',
  ],
  [
    "a broker's note on the case (its brokers, admins)",
    () => `/api/v1/cases/${ids.case}`,
    () => CASE_NOTE,
    'n n n n y n n y',
  ],
  [
    "the SME's people on its public profile (nobody)",
    () => `/api/v1/organizations/${world.orgs.sme}`,
    () => world.users.smeOwner.email,
    'n n n n n n n n',
  ],
];

describe('what each caller is shown', () => {
  it.each(DISCLOSURES)('%s', async (_what, url, text, expected) => {
    const shown: string[] = [];
    for (const caller of CALLERS) {
      const response = await injectAs(api, userOf(caller), { method: 'GET', url: url() });
      shown.push(response.statusCode === 200 && response.body.includes(text()) ? 'y' : 'n');
    }
    expect(shown.join(' ')).toBe(expected);
  });
});
