import { UsersService } from '@videnbro/auth';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  generateCatalogue,
  generateClusterActivities,
  resetDemoData,
  seedDemoData,
} from '@videnbro/demo-data';
import type { SeedDependencies } from '@videnbro/demo-data';
import { isValidCvr } from '@videnbro/domain';
import { DataSource } from 'typeorm';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { expectStatus, injectAs } from './test-postings';
import { signUp } from './test-users';
import type { TestUser } from './test-users';

let api: TestApi;
let db: DataSource;
let deps: SeedDependencies;
let realOwner: TestUser;
let realCompanyId: string;
let realNeedId: string;
const catalogue = generateCatalogue();
const demoActivities = generateClusterActivities(catalogue);
const demoParticipations = demoActivities.activities.flatMap((activity) => activity.participations);

const count = async (sql: string, parameters: unknown[] = []) =>
  Number((await db.query<{ n: string }[]>(`select count(*) as n from ${sql}`, parameters))[0].n);

/** How many demo rows of each kind there are, and the outbox rows that point at them. */
async function demoCounts() {
  const demoOrgs = `organizations where is_demo`;
  return {
    organizations: await count(demoOrgs),
    needs: await count(`needs where external_id like 'demo:%'`),
    competencies: await count(`competencies where external_id like 'demo:%'`),
    clusterMemberships: await count(`cluster_memberships where cluster_id in (select id from ${demoOrgs})`),
    outbox: await count(
      `outbox_events where operation = 'upsert' and entity_id in (
         select id from needs union all select id from competencies union all select id from ${demoOrgs})`,
    ),
  };
}

async function signIn(email: string): Promise<TestUser> {
  const body = await expectStatus(
    api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: DEMO_PASSWORD },
    }),
    200,
  );
  return {
    id: body.user.id,
    email,
    token: body.accessToken,
    headers: { authorization: `Bearer ${body.accessToken}` },
  };
}

beforeAll(async () => {
  api = await startTestApi();
  db = api.app.get(DataSource);
  deps = {
    users: api.app.get(UsersService),
    dataSource: db,
  };
  // Real data from before the seed: it must survive seeding and resetting.
  realOwner = await signUp(api, 'karen@rigtigt-firma.dk');
  realCompanyId = (
    await expectStatus(
      injectAs(api, realOwner, {
        method: 'POST',
        url: '/api/v1/organizations',
        payload: {
          kind: 'sme',
          name: 'Rigtigt Firma ApS',
          cvr: '13748136',
          employeeBand: '10-49',
          municipality: 'vejle',
        },
      }),
      201,
    )
  ).id;
  realNeedId = (
    await expectStatus(
      injectAs(api, realOwner, {
        method: 'POST',
        url: '/api/v1/needs',
        payload: {
          organizationId: realCompanyId,
          title: 'Bedre isolering af vores lagerhal',
          description: 'Vi vil gerne halvere varmetabet fra vores lagerhal uden at stoppe driften.',
          visibility: 'public',
        },
      }),
      201,
    )
  ).id;
});
afterAll(() => api.close());

describe('the demo data', () => {
  it('seeds the catalogue through the write path, with outbox rows, and a second run adds nothing', async () => {
    const first = await seedDemoData(deps);
    expect(first).toEqual({
      createdUsers: DEMO_USERS.length,
      createdOrganizations: 14 + catalogue.institutions.length + 300,
      createdNeeds: catalogue.needs.length,
      createdCompetencies: catalogue.competencies.length,
      createdClusterMemberships: catalogue.clusterMemberships.length,
      createdUserMemberships: DEMO_USERS.filter((user) => user.membership).length,
      createdActivities: demoActivities.activities.length,
      createdParticipations: demoParticipations.length,
      createdFundingRecords: demoActivities.fundingRecords.length,
      // Every strength area of the 14 clusters mapped to one or two DB07 divisions.
      createdStrengthIndustries: 103,
    });
    const counts = await demoCounts();
    expect(counts.organizations).toBe(first.createdOrganizations);
    expect(counts.needs).toBeGreaterThanOrEqual(350);
    expect(counts.needs).toBeLessThanOrEqual(450);
    expect(counts.competencies).toBeGreaterThanOrEqual(3 * 55);
    expect(counts.clusterMemberships).toBe(catalogue.clusterMemberships.length);
    // One upsert per organisation, need and competence; cluster memberships add more for their members.
    expect(counts.outbox).toBeGreaterThanOrEqual(counts.organizations + counts.needs + counts.competencies);
    expect(await count(`audit_entries where entity_type = 'need' and action = 'create'`)).toBe(
      counts.needs + 1,
    );

    const second = await seedDemoData(deps);
    expect(Object.values(second).every((value) => value === 0)).toBe(true);
    expect(await demoCounts()).toEqual(counts);
  });

  it('gives every demo company a valid CVR number and marks every demo organisation', async () => {
    const rows = await db.query<{ cvr: string }[]>(
      `select cvr from organizations where external_id like 'demo:%' and kind = 'sme'`,
    );
    expect(rows).toHaveLength(300);
    expect(rows.every((row) => isValidCvr(row.cvr))).toBe(true);
    expect(await count(`organizations where external_id like 'demo:%' and not is_demo`)).toBe(0);
  });

  it('lets every demo account sign in, each with its organisation', async () => {
    const names = (externalId: string) =>
      [...catalogue.clusters, ...catalogue.institutions, ...catalogue.smes].find(
        (org) => org.externalId === externalId,
      )?.name;
    for (const demo of DEMO_USERS) {
      const user = await signIn(demo.email);
      const me = await expectStatus(injectAs(api, user, { method: 'GET', url: '/api/v1/auth/me' }), 200);
      expect(me.user.roles).toEqual(demo.roles);
      const mine = await expectStatus(
        injectAs(api, user, { method: 'GET', url: '/api/v1/me/organizations' }),
        200,
      );
      expect(
        mine.items.map((item: { organization: { name: string }; role: string }) => [
          item.organization.name,
          item.role,
        ]),
      ).toEqual(demo.membership ? [[names(catalogue.homes[demo.membership.of]), demo.membership.role]] : []);
    }
    expect(names(catalogue.homes.cluster)).toBe('Energy Cluster Denmark');
  });

  it("shows the demo SME's confidential need to the broker of its cluster and to no other organisation", async () => {
    const [smeId] = (
      await db.query<{ id: string }[]>(`select id from organizations where external_id = $1`, [
        catalogue.homes.sme,
      ])
    ).map((row) => row.id);
    const [needId] = (
      await db.query<{ id: string }[]>(
        `select id from needs where organization_id = $1 and visibility = 'brokers'`,
        [smeId],
      )
    ).map((row) => row.id);
    const read = async (email: string) =>
      (await injectAs(api, await signIn(email), { method: 'GET', url: `/api/v1/needs/${needId}` }))
        .statusCode;
    expect(await read('broker@demo.videnbro.dk')).toBe(200);
    expect(await read('sme@demo.videnbro.dk')).toBe(200);
    expect(await read('institution@demo.videnbro.dk')).toBe(404);
  });

  it('gives the demo clusters five years of activities and funding, each row audited, seen by who may see it', async () => {
    expect(demoActivities.activities.length).toBeGreaterThanOrEqual(14 * 5 * 18);
    expect(await count('activities')).toBe(demoActivities.activities.length);
    expect(await count('activity_participations')).toBe(demoParticipations.length);
    expect(await count('funding_records')).toBe(demoActivities.fundingRecords.length);
    expect(
      await count(
        `audit_entries where entity_type in ('activity', 'participation', 'funding_record') and action = 'create'`,
      ),
    ).toBe(
      demoActivities.activities.length + demoParticipations.length + demoActivities.fundingRecords.length,
    );
    // Knowledge institutions and companies outside the cluster's members take part, as in the real figures.
    expect(
      demoParticipations.some((p) =>
        catalogue.institutions.some((i) => i.externalId === p.organizationExternalId),
      ),
    ).toBe(true);

    const energy = await db.query<{ id: string }[]>(`select id from organizations where external_id = $1`, [
      catalogue.homes.cluster,
    ]);
    const broker = await signIn('broker@demo.videnbro.dk');
    const listed = await expectStatus(
      injectAs(api, broker, { method: 'GET', url: '/api/v1/activities?limit=1' }),
      200,
    );
    expect(listed.total).toBe(await count(`activity_clusters where cluster_id = $1`, [energy[0].id]));
    const funding = await expectStatus(
      injectAs(api, await signIn('programme@demo.videnbro.dk'), {
        method: 'GET',
        url: '/api/v1/funding-records?year=2025&limit=100',
      }),
      200,
    );
    expect(new Set(funding.items.map((item: { cluster: { id: string } }) => item.cluster.id)).size).toBe(14);

    const [sme] = await db.query<{ id: string }[]>(`select id from organizations where external_id = $1`, [
      catalogue.homes.sme,
    ]);
    const own = await expectStatus(
      injectAs(api, await signIn('sme@demo.videnbro.dk'), {
        method: 'GET',
        url: `/api/v1/organizations/${sme.id}/participations`,
      }),
      200,
    );
    expect(own.total).toBeGreaterThan(5);
  });

  it('resets only the demo data, and seeds it again', async () => {
    const before = await demoCounts();
    const removed = await resetDemoData(db);
    expect(removed).toEqual({
      removedOrganizations: before.organizations,
      removedNeeds: before.needs,
      removedCompetencies: before.competencies,
    });
    expect(await count(`organizations where is_demo or external_id like 'demo:%'`)).toBe(0);
    expect(await count(`needs where external_id like 'demo:%'`)).toBe(0);
    // The demo clusters' activities, participations and funding records go with them.
    expect(await count('activities')).toBe(0);
    expect(await count('funding_records')).toBe(0);
    expect(await count(`outbox_events where operation = 'delete'`)).toBe(
      before.organizations + before.needs + before.competencies,
    );
    // The real company, its need and its owner are untouched; the demo accounts stay for the next seed.
    expect(await count(`organizations where id = $1 and deleted_at is null`, [realCompanyId])).toBe(1);
    expect(await count(`needs where id = $1`, [realNeedId])).toBe(1);
    expect(await count(`organization_memberships where organization_id = $1`, [realCompanyId])).toBe(1);
    expect(await count(`users where email like '%@demo.videnbro.dk'`)).toBe(DEMO_USERS.length);

    const again = await seedDemoData(deps);
    expect(again.createdUsers).toBe(0);
    expect(again.createdOrganizations).toBe(before.organizations);
    expect(again.createdUserMemberships).toBe(DEMO_USERS.filter((user) => user.membership).length);
    expect(await demoCounts()).toEqual({ ...before, outbox: expect.any(Number) });
  });
});
