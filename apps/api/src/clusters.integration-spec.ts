import { OrganizationAccess } from '@videnbro/organizations';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from './test-app';
import { signUp, TestUser } from './test-users';

let api: TestApi;
let db: DataSource;
let clusterOwner: TestUser;
let clusterAdmin: TestUser;
let broker: TestUser;
let otherClusterOwner: TestUser;
let companyOwner: TestUser;
let programme: TestUser;
let platformAdmin: TestUser;
let clusterId: string;
let otherClusterId: string;
let companyA: string;
let companyB: string;
let university: string;

type Inject = Exclude<Parameters<TestApi['app']['inject']>[0], string>;
const as = (user: TestUser | null, options: Inject) =>
  api.app.inject({ ...options, headers: { ...(user ? user.headers : {}), ...options.headers } });

async function createOrg(user: TestUser, payload: Record<string, unknown>): Promise<string> {
  const response = await as(user, { method: 'POST', url: '/api/v1/organizations', payload });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

async function addUser(organizationId: string, by: TestUser, user: TestUser, role: 'admin' | 'member') {
  const request = await as(user, {
    method: 'POST',
    url: `/api/v1/organizations/${organizationId}/join-requests`,
    payload: {},
  });
  await as(by, {
    method: 'POST',
    url: `/api/v1/organizations/${organizationId}/join-requests/${request.json().id}/approve`,
  });
  if (role === 'admin') {
    await as(by, {
      method: 'PATCH',
      url: `/api/v1/organizations/${organizationId}/members/${user.id}`,
      payload: { role },
    });
  }
}

const addMember = (
  user: TestUser | null,
  organizationId: string,
  extra: Record<string, unknown> = {},
  cluster = clusterId,
) =>
  as(user, {
    method: 'POST',
    url: `/api/v1/clusters/${cluster}/members`,
    payload: { organizationId, yearlyFeeDkk: 12_000, since: '2024-01-01', ...extra },
  });

const members = (user: TestUser | null, cluster = clusterId, query = '') =>
  as(user, { method: 'GET', url: `/api/v1/clusters/${cluster}/members${query}` });

beforeAll(async () => {
  api = await startTestApi();
  db = api.app.get(DataSource);
  clusterOwner = await signUp(api, 'cora@energy.dk');
  clusterAdmin = await signUp(api, 'ali@energy.dk');
  broker = await signUp(api, 'bo@energy.dk');
  otherClusterOwner = await signUp(api, 'otto@food.dk');
  companyOwner = await signUp(api, 'sofie@smv.dk');
  programme = await signUp(api, 'per@erst.dk', { roles: ['programme'] });
  platformAdmin = await signUp(api, 'pia@videnbro.dk', { roles: ['admin'] });
  clusterId = await createOrg(clusterOwner, {
    kind: 'cluster',
    name: 'Energy Cluster Denmark',
    strengthAreas: ['Energy', 'Power-to-X'],
    municipality: 'odense',
  });
  otherClusterId = await createOrg(otherClusterOwner, {
    kind: 'cluster',
    name: 'Food & Bio Cluster',
    strengthAreas: ['Food'],
  });
  await addUser(clusterId, clusterOwner, clusterAdmin, 'admin');
  await addUser(clusterId, clusterOwner, broker, 'member');
  companyA = await createOrg(companyOwner, { kind: 'sme', name: 'Alfa Energi ApS', cvr: '12345674' });
  companyB = await createOrg(companyOwner, { kind: 'sme', name: 'Beta Brint ApS', cvr: '24256790' });
  university = await createOrg(companyOwner, { kind: 'university', name: 'Syddansk Universitet' });
});
afterAll(() => api.close());

describe('cluster members', () => {
  it.each([
    ['anonymous', () => null, 401],
    ['a broker without an admin role', () => broker, 403],
    ["another cluster's owner", () => otherClusterOwner, 403],
    ["the member company's owner", () => companyOwner, 403],
    ['programme staff', () => programme, 403],
  ])('refuses %s adding a member organisation', async (_who, user, status) => {
    expect((await addMember(user(), companyA)).statusCode).toBe(status);
  });

  it("lets the cluster's owner add one, with audit entry and outbox row in the same transaction", async () => {
    const response = await addMember(clusterOwner, companyA, { yearlyFeeDkk: 15_000, since: '2023-05-01' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      organization: { id: companyA, name: 'Alfa Energi ApS', isSme: true },
      since: '2023-05-01',
      yearlyFeeDkk: 15_000,
    });
    const [entry] = await db.query(
      `select actor_user_id, changes, xmin::text as tx from audit_entries where entity_type = 'cluster_membership' and action = 'create'`,
    );
    expect(entry.actor_user_id).toBe(clusterOwner.id);
    expect(entry.changes).toEqual({
      clusterId: { from: null, to: clusterId },
      memberOrganizationId: { from: null, to: companyA },
      yearlyFeeDkk: { from: null, to: 15_000 },
      since: { from: null, to: '2023-05-01' },
    });
    const [event] = await db.query(
      `select entity_type, operation, xmin::text as tx from outbox_events where entity_id = $1 order by id desc limit 1`,
      [companyA],
    );
    expect(event).toEqual({ entity_type: 'organization', operation: 'upsert', tx: entry.tx });
  });

  it("lets the cluster's admins and platform admins add members too", async () => {
    expect((await addMember(clusterAdmin, companyB)).statusCode).toBe(201);
    expect((await addMember(platformAdmin, university, { yearlyFeeDkk: 0 })).statusCode).toBe(201);
  });

  it.each([
    ['a member already', () => ({ organizationId: companyA }), 409, undefined],
    ['the cluster itself', () => ({ organizationId: clusterId }), 400, 'organizationId'],
    [
      'an unknown organisation',
      () => ({ organizationId: '00000000-0000-4000-8000-000000000000' }),
      404,
      'organizationId',
    ],
    ['a negative fee', () => ({ organizationId: companyA, yearlyFeeDkk: -1 }), 400, 'yearlyFeeDkk'],
    ['a fractional fee', () => ({ organizationId: companyA, yearlyFeeDkk: 10.5 }), 400, 'yearlyFeeDkk'],
    ['a bad date', () => ({ organizationId: companyA, since: '2024-02-30' }), 400, 'since'],
    ['a missing date', () => ({ organizationId: companyA, since: undefined }), 400, 'since'],
    ['a bad id', () => ({ organizationId: 'abc' }), 400, 'organizationId'],
  ])('refuses %s', async (_case, extra, status, field) => {
    const before = await db.query('select count(*)::int as n from cluster_memberships');
    const response = await addMember(clusterOwner, companyA, extra());
    expect(response.statusCode).toBe(status);
    if (field)
      expect(response.json().details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await db.query('select count(*)::int as n from cluster_memberships')).toEqual(before);
  });

  it('answers 404 for a cluster that is not one', async () => {
    expect((await addMember(platformAdmin, companyB, {}, companyA)).statusCode).toBe(404);
    expect((await members(null, companyA)).statusCode).toBe(404);
  });

  it('lists member organisations publicly, without the fees', async () => {
    const response = await members(null);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ total: 3, page: 1, limit: 20 });
    expect(body.items.map((m: { organization: { name: string } }) => m.organization.name)).toEqual([
      'Alfa Energi ApS',
      'Beta Brint ApS',
      'Syddansk Universitet',
    ]);
    for (const item of body.items) expect(item).not.toHaveProperty('yearlyFeeDkk');
    expect((await members(companyOwner)).json().items[0]).not.toHaveProperty('yearlyFeeDkk');
    expect((await members(otherClusterOwner)).json().items[0]).not.toHaveProperty('yearlyFeeDkk');
    expect((await members(null, clusterId, '?limit=2&page=2')).json().items).toHaveLength(1);
    expect((await members(null, clusterId, '?limit=500')).statusCode).toBe(400);
  });

  it("shows the fees to the cluster's brokers, programme staff and platform admins", async () => {
    for (const user of [broker, clusterAdmin, clusterOwner, programme, platformAdmin]) {
      const items = (await members(user)).json().items;
      expect(items.map((m: { yearlyFeeDkk: number }) => m.yearlyFeeDkk)).toEqual([15_000, 12_000, 0]);
    }
  });

  it('lists the clusters with strength areas and member counts', async () => {
    const response = await as(null, { method: 'GET', url: '/api/v1/clusters' });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      {
        organization: expect.objectContaining({
          id: clusterId,
          name: 'Energy Cluster Denmark',
          kind: 'cluster',
          strengthAreas: ['Energy', 'Power-to-X'],
          region: 'syddanmark',
        }),
        memberCount: 3,
      },
      {
        organization: expect.objectContaining({ id: otherClusterId, strengthAreas: ['Food'] }),
        memberCount: 0,
      },
    ]);
  });

  it('filters organisations by cluster', async () => {
    const response = await as(null, {
      method: 'GET',
      url: `/api/v1/organizations?cluster=${clusterId}&kind=sme`,
    });
    expect(response.json().items.map((o: { id: string }) => o.id)).toEqual([companyA, companyB]);
  });

  it('tells later features who brokers what and where organisations belong', async () => {
    const access = api.app.get(OrganizationAccess);
    expect(await access.brokerClusterIdsOf(broker.id)).toEqual([clusterId]);
    expect(await access.brokerClusterIdsOf(companyOwner.id)).toEqual([]);
    expect(await access.clustersOfOrganization(companyA)).toEqual([clusterId]);
    expect(await access.membershipsOf(clusterAdmin.id)).toEqual([
      { organizationId: clusterId, role: 'admin', manages: true },
    ]);
    expect(await access.membershipsOf(broker.id)).toEqual([
      { organizationId: clusterId, role: 'member', manages: false },
    ]);
    expect((await access.membershipsOf(companyOwner.id)).map((m) => m.role)).toEqual([
      'owner',
      'owner',
      'owner',
    ]);
  });

  it("refuses a member organisation's removal to others, and removes it for the cluster's admins", async () => {
    const url = `/api/v1/clusters/${clusterId}/members/${companyB}`;
    expect((await as(null, { method: 'DELETE', url })).statusCode).toBe(401);
    expect((await as(broker, { method: 'DELETE', url })).statusCode).toBe(403);
    expect((await as(otherClusterOwner, { method: 'DELETE', url })).statusCode).toBe(403);
    expect((await as(companyOwner, { method: 'DELETE', url })).statusCode).toBe(403);
    expect((await as(clusterAdmin, { method: 'DELETE', url })).statusCode).toBe(204);
    expect((await as(clusterAdmin, { method: 'DELETE', url })).statusCode).toBe(404);
    expect((await members(null)).json().total).toBe(2);
    const [entry] = await db.query(
      `select actor_user_id, changes from audit_entries where entity_type = 'cluster_membership' and action = 'delete'`,
    );
    expect(entry.actor_user_id).toBe(clusterAdmin.id);
    expect(entry.changes.memberOrganizationId).toEqual({ from: companyB, to: null });
    expect(
      (
        await as(platformAdmin, {
          method: 'DELETE',
          url: `/api/v1/clusters/${clusterId}/members/${university}`,
        })
      ).statusCode,
    ).toBe(204);
  });

  it('keeps a cluster with member organisations from changing its kind', async () => {
    const response = await as(clusterOwner, {
      method: 'PATCH',
      url: `/api/v1/organizations/${clusterId}`,
      payload: { kind: 'other' },
    });
    expect(response.statusCode).toBe(409);
  });

  it('leaves deleted member organisations out of lists and counts', async () => {
    expect(
      (await as(companyOwner, { method: 'DELETE', url: `/api/v1/organizations/${companyA}` })).statusCode,
    ).toBe(204);
    expect((await members(null)).json()).toMatchObject({ total: 0, items: [] });
    const clusters = (await as(null, { method: 'GET', url: '/api/v1/clusters' })).json().items;
    expect(clusters[0].memberCount).toBe(0);
    expect(await api.app.get(OrganizationAccess).clustersOfOrganization(companyA)).toEqual([clusterId]);
  });
});
