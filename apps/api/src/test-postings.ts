import type { TestApi } from './test-app';
import { signUp } from './test-users';
import type { TestUser } from './test-users';

type Inject = Exclude<Parameters<TestApi['app']['inject']>[0], string>;

/** `api.app.inject` as a user (or anonymously, with null). */
export function injectAs(api: TestApi, user: TestUser | null, options: Inject) {
  return api.app.inject({ ...options, headers: { ...(user ? user.headers : {}), ...options.headers } });
}

/** The response's JSON body, when its status is the expected one; else an error with the body. */
export async function expectStatus(response: Promise<{ statusCode: number; body: string }>, status: number) {
  const { statusCode, body } = await response;
  if (statusCode !== status) throw new Error(`expected ${status}, got ${statusCode}: ${body}`);
  return JSON.parse(body || 'null');
}

/**
 * The people and organisations of the postings specs, built through the API:
 * - an SME with its owner, an admin, a member who writes needs (`author`) and another member (`colleague`);
 * - a university with its owner (`scholar`), who writes competencies;
 * - an unrelated company; cluster A (members: the SME and the university) and cluster B (member: the
 *   unrelated company), each with its owner as broker;
 * - a signed-in user without organisation, programme staff and a platform admin.
 */
export interface PostingWorld {
  users: {
    smeOwner: TestUser;
    smeAdmin: TestUser;
    author: TestUser;
    colleague: TestUser;
    scholar: TestUser;
    unrelatedOwner: TestUser;
    brokerA: TestUser;
    brokerB: TestUser;
    stranger: TestUser;
    programme: TestUser;
    admin: TestUser;
  };
  orgs: { sme: string; university: string; unrelated: string; clusterA: string; clusterB: string };
}

export async function buildPostingWorld(api: TestApi): Promise<PostingWorld> {
  const users = {
    smeOwner: await signUp(api, 'olga@mejeri.dk', { name: 'Olga Owner' }),
    smeAdmin: await signUp(api, 'alma@mejeri.dk', { name: 'Alma Admin' }),
    author: await signUp(api, 'anna@mejeri.dk', { name: 'Anna Author' }),
    colleague: await signUp(api, 'carl@mejeri.dk', { name: 'Carl Colleague' }),
    scholar: await signUp(api, 'sara@uni.dk', { name: 'Sara Scholar' }),
    unrelatedOwner: await signUp(api, 'ulf@andet.dk', { name: 'Ulf Unrelated' }),
    brokerA: await signUp(api, 'bea@klynge-a.dk', { name: 'Bea Broker' }),
    brokerB: await signUp(api, 'bo@klynge-b.dk', { name: 'Bo Broker' }),
    stranger: await signUp(api, 'sten@nowhere.dk', { name: 'Sten Stranger' }),
    programme: await signUp(api, 'pia@erst.dk', { name: 'Pia Programme', roles: ['programme'] }),
    admin: await signUp(api, 'adam@videnbro.dk', { name: 'Adam Admin', roles: ['admin'] }),
  };
  const createOrg = async (user: TestUser, payload: Record<string, unknown>) =>
    (await expectStatus(injectAs(api, user, { method: 'POST', url: '/api/v1/organizations', payload }), 201))
      .id as string;
  const orgs = {
    sme: await createOrg(users.smeOwner, { kind: 'sme', name: 'Fjordmejeriet ApS', cvr: '12345674' }),
    university: await createOrg(users.scholar, { kind: 'university', name: 'Vestjysk Universitet' }),
    unrelated: await createOrg(users.unrelatedOwner, { kind: 'sme', name: 'Andet ApS', cvr: '24256790' }),
    clusterA: await createOrg(users.brokerA, { kind: 'cluster', name: 'Food & Bio Cluster' }),
    clusterB: await createOrg(users.brokerB, { kind: 'cluster', name: 'Energy Cluster' }),
  };
  for (const member of [users.smeAdmin, users.author, users.colleague]) {
    const request = await expectStatus(
      injectAs(api, member, {
        method: 'POST',
        url: `/api/v1/organizations/${orgs.sme}/join-requests`,
        payload: {},
      }),
      201,
    );
    await expectStatus(
      injectAs(api, users.smeOwner, {
        method: 'POST',
        url: `/api/v1/organizations/${orgs.sme}/join-requests/${request.id}/approve`,
      }),
      200,
    );
  }
  await expectStatus(
    injectAs(api, users.smeOwner, {
      method: 'PATCH',
      url: `/api/v1/organizations/${orgs.sme}/members/${users.smeAdmin.id}`,
      payload: { role: 'admin' },
    }),
    200,
  );
  const joinCluster = (broker: TestUser, clusterId: string, organizationId: string) =>
    expectStatus(
      injectAs(api, broker, {
        method: 'POST',
        url: `/api/v1/clusters/${clusterId}/members`,
        payload: { organizationId, yearlyFeeDkk: 5000, since: '2024-01-01' },
      }),
      201,
    );
  await joinCluster(users.brokerA, orgs.clusterA, orgs.sme);
  await joinCluster(users.brokerA, orgs.clusterA, orgs.university);
  await joinCluster(users.brokerB, orgs.clusterB, orgs.unrelated);
  return { users, orgs };
}

/** A valid need for the SME; `extra` overrides. */
export function needPayload(organizationId: string, extra: Record<string, unknown> = {}) {
  return {
    organizationId,
    title: 'Predicting illness in dairy cows',
    description: 'We collect sensor data from 400 cows and want to spot illness days earlier.',
    tags: ['Sensors', 'dairy'],
    formats: ['contract_research'],
    partnerKinds: ['university'],
    languages: ['da'],
    visibility: 'public',
    ...extra,
  };
}

/** A valid competence for the university; `extra` overrides. */
export function competencePayload(organizationId: string, extra: Record<string, unknown> = {}) {
  return {
    organizationId,
    title: 'Machine learning on animal sensor data',
    description: 'Our group builds models that detect disease in livestock from wearable sensors.',
    tags: ['machine learning'],
    formats: ['student_project', 'contract_research'],
    languages: ['da', 'en'],
    visibility: 'public',
    ...extra,
  };
}

/** A valid activity of the cluster; `extra` overrides. */
export function activityPayload(clusterId: string, extra: Record<string, unknown> = {}) {
  return {
    clusterIds: [clusterId],
    title: 'Fermentation masterclass',
    type: 'knowledge_sharing',
    startsOn: '2025-03-10',
    endsOn: '2025-03-11',
    format: 'on_site',
    place: 'Aarhus',
    fundingSource: 'innovation_power',
    description: 'Two days on precision fermentation for dairies.',
    ...extra,
  };
}
