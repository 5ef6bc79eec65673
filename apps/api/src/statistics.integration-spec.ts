import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from './test-app';
import { signUp, TestUser } from './test-users';

/**
 * The statistics against a hand-computed fixture: every number below was counted by hand from the rows
 * inserted in beforeAll (see the comments there). Activities, participations and funding records are
 * written with SQL: this spec is about counting them, not about the activities API.
 */

let api: TestApi;
let db: DataSource;
let brokerA: TestUser;
let brokerB: TestUser;
let companyMember: TestUser;
let programme: TestUser;
let admin: TestUser;
let clusterA: string;
let clusterB: string;
let memberCompany: string;
const org: Record<string, string> = {};
const activity: Record<string, string> = {};
const kase: Record<string, string> = {};

type Inject = Exclude<Parameters<TestApi['app']['inject']>[0], string>;
const as = (user: TestUser | null, options: Inject) =>
  api.app.inject({ ...options, headers: { ...(user ? user.headers : {}), ...options.headers } });
const get = (user: TestUser | null, url: string) => as(user, { method: 'GET', url: `/api/v1${url}` });

async function createOrg(user: TestUser, payload: Record<string, unknown>): Promise<string> {
  const response = await as(user, { method: 'POST', url: '/api/v1/organizations', payload });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

async function insertOrg(
  key: string,
  kind: string,
  band: string | null,
  codes: string[],
  country = 'DK',
  region: string | null = null,
) {
  const [row] = await db.query(
    `insert into organizations (kind, name, employee_band, industry_codes, country, region)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [kind, `Org ${key}`, band, codes, country, region],
  );
  org[key] = row.id;
}

async function insertActivity(
  key: string,
  clusters: string[],
  type: string,
  startsOn: string,
  endsOn: string,
  participants: string[],
  deleted = false,
) {
  const [row] = await db.query(
    `insert into activities (owner_cluster_id, title, type, starts_on, ends_on, format, funding_source, deleted_at)
     values ($1, $2, $3, $4, $5, 'on_site', 'innovation_power', $6) returning id`,
    [clusters[0], `Activity ${key}`, type, startsOn, endsOn, deleted ? new Date() : null],
  );
  activity[key] = row.id;
  for (const cluster of clusters) {
    await db.query(`insert into activity_clusters (activity_id, cluster_id) values ($1, $2)`, [
      row.id,
      cluster,
    ]);
  }
  for (const participant of participants) {
    await db.query(
      `insert into activity_participations (activity_id, organization_id, role, persons) values ($1, $2, 'participant', 2)`,
      [row.id, org[participant]],
    );
  }
}

async function insertFunding(cluster: string, year: number, source: string, status: string, amount: number) {
  await db.query(
    `insert into funding_records (cluster_id, year, source, status, amount_dkk) values ($1, $2, $3, $4, $5)`,
    [cluster, year, source, status, amount],
  );
}

/**
 * A case between a company and an institution, brokered by `clusters` (the first owns it), created at
 * `createdAt` (an instant: the statistics date it in Danish time), moved through `moves` (stage_changed
 * events) to its last stage, with funding secured by source.
 */
async function insertCase(
  key: string,
  clusters: string[],
  parties: [string, string],
  createdAt: string,
  moves: string[],
  funding: Record<string, number> = {},
) {
  const [row] = await db.query(
    `insert into cases (company_id, institution_id, owner_cluster_id, stage, origin, routing, created_at)
     values ($1, $2, $3, $4, 'company_request', 'broker', $5) returning id`,
    [org[parties[0]], org[parties[1]], clusters[0], moves.at(-1) ?? 'suggested', createdAt],
  );
  kase[key] = row.id;
  for (const cluster of clusters) {
    await db.query(`insert into case_clusters (case_id, cluster_id) values ($1, $2)`, [row.id, cluster]);
  }
  let from = 'suggested';
  for (const to of moves) {
    await db.query(
      `insert into case_events (case_id, kind, data) values ($1, 'stage_changed', jsonb_build_object('from', $2::text, 'to', $3::text))`,
      [row.id, from, to],
    );
    from = to;
  }
  for (const [source, amount] of Object.entries(funding)) {
    await db.query(`insert into case_funding (case_id, source, amount_dkk) values ($1, $2, $3)`, [
      row.id,
      source,
      amount,
    ]);
  }
}

beforeAll(async () => {
  api = await startTestApi();
  db = api.app.get(DataSource);
  brokerA = await signUp(api, 'anna@energy.dk');
  brokerB = await signUp(api, 'bent@food.dk');
  companyMember = await signUp(api, 'sofie@smv.dk');
  programme = await signUp(api, 'per@erst.dk', { roles: ['programme'] });
  admin = await signUp(api, 'pia@videnbro.dk', { roles: ['admin'] });
  clusterA = await createOrg(brokerA, {
    kind: 'cluster',
    name: 'Energy Cluster',
    strengthAreas: ['Energi', 'Digital'],
  });
  clusterB = await createOrg(brokerB, {
    kind: 'cluster',
    name: 'Food Cluster',
    strengthAreas: ['Fødevarer'],
  });
  memberCompany = await createOrg(companyMember, { kind: 'sme', name: 'Alfa Energi ApS', cvr: '12345674' });

  // Cluster A's strength areas cover section D (so division 35), division 28 and subclass 62.01.00;
  // cluster B's cover division 10.
  // Companies: kind, band, industry codes → inside A?
  await insertOrg('c1', 'sme', '1-9', ['35.11.00'], 'DK', 'hovedstaden'); // SME, inside (35 is in D)
  await insertOrg('c2', 'sme', '10-49', ['28'], 'DK', 'midtjylland'); // SME 10–49, inside
  await insertOrg('c3', 'sme', '10-49', ['62.02.00'], 'DK', 'syddanmark'); // SME 10–49, outside (62.01.00 only)
  await insertOrg('c4', 'sme', null, [], 'DK', null); // SME (unknown band), unknown industry
  await insertOrg('c5', 'sme', '250+', ['62.01.00'], 'DK', 'nordjylland'); // not an SME, inside
  await insertOrg('c6', 'large_company', '250+', ['10.51.00'], 'DE', null); // foreign; outside A, inside B
  await insertOrg('c7', 'sme', '50-249', ['J'], 'DK', 'sjaelland'); // SME, outside (a section A does not map)
  await insertOrg('u1', 'university', null, ['85'], 'DK', 'hovedstaden');
  await insertOrg('g1', 'gts_institute', null, ['72'], 'DK', 'midtjylland');
  await insertOrg('r1', 'research_institute', null, ['72'], 'SE', null); // foreign
  await insertOrg('x1', 'public_authority', null, ['84'], 'DK', 'hovedstaden'); // neither company nor institution

  // For 2024 (2024-01-01 … 2024-12-31) in cluster A: a1, a2, a3, a6, a8 count; a4 ends the day before,
  // a5 starts the day after, a7 is deleted.
  await insertActivity('a1', [clusterA], 'knowledge_sharing', '2024-01-01', '2024-01-01', ['c1', 'c2', 'u1']);
  await insertActivity('a2', [clusterA], 'matchmaking', '2023-12-31', '2024-01-01', ['c1', 'c3', 'r1']);
  await insertActivity('a3', [clusterA], 'network_event', '2024-12-31', '2025-01-02', [
    'c4',
    'c5',
    'g1',
    'u1',
  ]);
  await insertActivity('a4', [clusterA], 'course', '2023-12-01', '2023-12-31', ['c6', 'c7']);
  await insertActivity('a5', [clusterA], 'course', '2025-01-01', '2025-01-01', ['c2']);
  await insertActivity('a6', [clusterB, clusterA], 'innovation_project', '2024-06-01', '2024-06-02', [
    'c6',
    'c7',
    'x1',
  ]);
  await insertActivity('a7', [clusterA], 'knowledge_sharing', '2024-05-05', '2024-05-05', ['c3', 'u1'], true);
  await insertActivity('a8', [clusterA], 'knowledge_sharing', '2024-03-01', '2024-03-01', []);
  await insertActivity('b1', [clusterB], 'matchmaking', '2024-02-02', '2024-02-02', ['c1', 'c6', 'u1']);

  await insertFunding(clusterA, 2024, 'innovation_power', 'spent', 1_000_000);
  await insertFunding(clusterA, 2024, 'innovation_power', 'secured', 999); // secured, not spent: not counted
  await insertFunding(clusterA, 2024, 'eu', 'secured', 300_000);
  await insertFunding(clusterA, 2024, 'private_cofunding', 'secured', 200_000);
  await insertFunding(clusterA, 2024, 'membership_fees', 'secured', 50_000);
  await insertFunding(clusterA, 2024, 'foundation_grants', 'spent', 77_000); // spent, not secured: not counted
  await insertFunding(clusterA, 2023, 'innovation_power', 'spent', 800_000);
  await insertFunding(clusterA, 2025, 'danish_public', 'secured', 120_000);
  await insertFunding(clusterB, 2024, 'innovation_power', 'spent', 500_000);

  // Cases count in the period of their creation date in Danish time (CET, UTC+1 in winter). For cluster A
  // in 2024: k1, k2, k3, k4, k7. k5 was created on 31 December 2023 and k6 on 1 January 2025 (Danish
  // time, though 2024 in UTC). kb is cluster B's alone; k3 is brokered by A and B.
  await insertCase(
    'k1',
    [clusterA],
    ['c1', 'u1'],
    '2024-01-01T00:30:00+01:00',
    ['introduced', 'meeting_held', 'collaboration_agreed', 'funded'],
    { eu: 400_000, private_cofunding: 100_000 },
  );
  await insertCase('k2', [clusterA], ['c2', 'u1'], '2024-03-10T10:00:00+01:00', ['introduced', 'declined']);
  await insertCase(
    'k3',
    [clusterA, clusterB],
    ['c3', 'g1'],
    '2024-05-05T10:00:00+02:00',
    ['introduced', 'meeting_held', 'stalled'],
    { danish_public: 50_000 },
  );
  await insertCase('k4', [clusterA], ['c4', 'u1'], '2024-12-31T23:30:00+01:00', []);
  await insertCase('k5', [clusterA], ['c5', 'u1'], '2023-12-31T23:30:00+01:00', ['introduced'], { eu: 999 });
  await insertCase('k6', [clusterA], ['c6', 'u1'], '2025-01-01T00:10:00+01:00', []);
  // Stalled at suggested, resumed at collaboration agreed: it never reached introduced or meeting held.
  await insertCase('k7', [clusterA], ['c1', 'g1'], '2024-07-01T10:00:00+02:00', [
    'stalled',
    'collaboration_agreed',
  ]);
  await insertCase('kb', [clusterB], ['c7', 'u1'], '2024-02-02T10:00:00+01:00', ['introduced'], {
    eu: 70_000,
  });

  const put = (cluster: string, mappings: { strengthArea: string; industryCode: string }[]) =>
    as(admin, {
      method: 'PUT',
      url: `/api/v1/clusters/${cluster}/strength-industries`,
      payload: { mappings },
    });
  expect(
    (
      await put(clusterA, [
        { strengthArea: 'Energi', industryCode: 'd' },
        { strengthArea: 'Energi', industryCode: '28' },
        { strengthArea: 'Digital', industryCode: '620100' },
      ])
    ).statusCode,
  ).toBe(200);
  expect((await put(clusterB, [{ strengthArea: 'Fødevarer', industryCode: '10' }])).statusCode).toBe(200);
});
afterAll(() => api.close());

type Figures = Record<string, number | null>;
const valuesOf = (figures: { id: string; value: number | null }[]): Figures =>
  Object.fromEntries(figures.map((figure) => [figure.id, figure.value]));

async function statistics(user: TestUser, query: string) {
  const response = await get(user, `/statistics?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

/** Cluster A in 2024, counted by hand. */
const CLUSTER_A_2024: Figures = {
  activities: 5, // a1, a2, a3, a6, a8
  companies: 7, // c1 … c7; c1 took part twice (a1, a2) and counts once
  company_activities: 4, // a1, a2, a3, a6 (a8 has no participants)
  company_participations: 8, // 2 + 2 + 2 + 2
  sme_share: 5 / 7, // c1, c2, c3, c4 (unknown band), c7; not c5 (250+) nor c6 (large)
  sme_10_49_share: 2 / 5, // c2, c3
  institutions: 3, // u1, r1, g1
  institution_participations: 4, // u1 in a1 and a3, r1 in a2, g1 in a3
  institution_activities: 3, // a1, a2, a3
  outside_strength_share: 3 / 6, // c3, c6, c7 of c1, c2, c3, c5, c6, c7 (c4 has no code)
  unknown_industry_companies: 1, // c4
  base_grant_spent: 1_000_000,
  external_funding_secured: 500_000, // EU 300,000 + private 200,000
  external_to_base_ratio: 0.5,
  membership_fees: 50_000,
  international_activities: 2, // a2 (r1, Sweden), a6 (c6, Germany)
  eu_funding: 300_000,
  cases: 5, // k1, k2, k3, k4, k7
  case_conversion_introduced: 3 / 5, // k1, k2, k3 of all five
  case_conversion_meeting_held: 2 / 3, // k1, k3 of k1, k2, k3
  case_conversion_collaboration_agreed: 1 / 2, // k1 of k1, k3 (k7 skipped meeting held)
  case_conversion_funded: 1 / 2, // k1 of k1, k7
  case_funding_secured: 550_000, // k1 500,000 + k3 50,000
};

describe('statistics of one cluster', () => {
  it('counts every figure of a period exactly, with its definition in Danish and English', async () => {
    const body = await statistics(brokerA, `cluster=${clusterA}&from=2024-01-01&to=2024-12-31`);
    expect(body.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(body.cluster).toEqual({ id: clusterA, name: 'Energy Cluster' });
    expect(valuesOf(body.figures)).toEqual(CLUSTER_A_2024);
    const sme = body.figures.find((f: { id: string }) => f.id === 'sme_share');
    expect(sme).toMatchObject({ unit: 'share', numerator: 5, denominator: 7, rows: 'organizations' });
    expect(sme.definition.da).toContain('SMV');
    expect(sme.definition.en).toContain('fewer than 250 employees');
    for (const figure of body.figures) {
      expect(figure.definition.da.length).toBeGreaterThan(40);
      expect(figure.definition.en.length).toBeGreaterThan(40);
    }
  });

  it('breaks the period down by activity type, institution kind, region and funding source', async () => {
    const { breakdowns } = await statistics(brokerA, `cluster=${clusterA}&from=2024-01-01&to=2024-12-31`);
    expect(breakdowns.byActivityType).toEqual([
      {
        type: 'knowledge_sharing',
        activities: 2,
        participations: 3,
        companyParticipations: 2,
        institutionParticipations: 1,
      },
      {
        type: 'matchmaking',
        activities: 1,
        participations: 3,
        companyParticipations: 2,
        institutionParticipations: 1,
      },
      {
        type: 'internationalisation',
        activities: 0,
        participations: 0,
        companyParticipations: 0,
        institutionParticipations: 0,
      },
      {
        type: 'innovation_project',
        activities: 1,
        participations: 3,
        companyParticipations: 2,
        institutionParticipations: 0,
      },
      {
        type: 'network_event',
        activities: 1,
        participations: 4,
        companyParticipations: 2,
        institutionParticipations: 2,
      },
      {
        type: 'course',
        activities: 0,
        participations: 0,
        companyParticipations: 0,
        institutionParticipations: 0,
      },
    ]);
    expect(breakdowns.byInstitutionKind).toEqual([
      { kind: 'university', institutions: 1, participations: 2 },
      { kind: 'business_academy', institutions: 0, participations: 0 },
      { kind: 'university_college', institutions: 0, participations: 0 },
      { kind: 'artistic_institution', institutions: 0, participations: 0 },
      { kind: 'gts_institute', institutions: 1, participations: 1 },
      { kind: 'research_institute', institutions: 1, participations: 1 },
    ]);
    expect(breakdowns.byRegion).toEqual([
      { region: 'hovedstaden', organizations: 3, participations: 5 }, // c1 ×2, u1 ×2, x1
      { region: 'sjaelland', organizations: 1, participations: 1 }, // c7
      { region: 'syddanmark', organizations: 1, participations: 1 }, // c3
      { region: 'midtjylland', organizations: 2, participations: 2 }, // c2, g1
      { region: 'nordjylland', organizations: 1, participations: 1 }, // c5
      { region: 'abroad', organizations: 2, participations: 2 }, // c6, r1
      { region: 'unknown', organizations: 1, participations: 1 }, // c4
    ]);
    expect(breakdowns.byFundingSource).toEqual([
      { source: 'innovation_power', spentDkk: 1_000_000, securedDkk: 999 },
      { source: 'membership_fees', spentDkk: 0, securedDkk: 50_000 },
      { source: 'sponsorships', spentDkk: 0, securedDkk: 0 },
      { source: 'foundation_grants', spentDkk: 77_000, securedDkk: 0 },
      { source: 'danish_public', spentDkk: 0, securedDkk: 0 },
      { source: 'eu', spentDkk: 0, securedDkk: 300_000 },
      { source: 'private_cofunding', spentDkk: 0, securedDkk: 200_000 },
    ]);
    expect(breakdowns.byCaseStage).toEqual([
      { stage: 'suggested', cases: 1, reached: 5 }, // k4 is there now
      { stage: 'introduced', cases: 0, reached: 3 }, // k1, k2, k3
      { stage: 'meeting_held', cases: 0, reached: 2 }, // k1, k3
      { stage: 'collaboration_agreed', cases: 1, reached: 2 }, // k7 now; k1
      { stage: 'funded', cases: 1, reached: 1 }, // k1
      { stage: 'declined', cases: 1, reached: 1 }, // k2
      { stage: 'stalled', cases: 1, reached: 2 }, // k3 now; k7
    ]);
    expect(breakdowns.byCaseFundingSource).toEqual([
      { source: 'innovation_power', amountDkk: 0 },
      { source: 'membership_fees', amountDkk: 0 },
      { source: 'sponsorships', amountDkk: 0 },
      { source: 'foundation_grants', amountDkk: 0 },
      { source: 'danish_public', amountDkk: 50_000 }, // k3
      { source: 'eu', amountDkk: 400_000 }, // k1
      { source: 'private_cofunding', amountDkk: 100_000 }, // k1
    ]);
    const conversion = (
      await statistics(brokerA, `cluster=${clusterA}&from=2024-01-01&to=2024-12-31`)
    ).figures.find((f: { id: string }) => f.id === 'case_conversion_collaboration_agreed');
    expect(conversion).toMatchObject({ unit: 'share', numerator: 1, denominator: 2, rows: 'cases' });
    expect(conversion.definition.en).toContain(
      'Of the cases that reached Meeting held, the share that also reached',
    );
    expect(conversion.definition.en).toContain('creation date in Danish time');
    expect(conversion.definition.da).toContain('Af de sager, der har nået stadiet Møde holdt');
  });

  it('includes activities that end on the first day or start on the last day, and no others', async () => {
    // One day in from each end: a1 (1 Jan), a2 (ends 1 Jan) and a3 (starts 31 Dec) drop out.
    const body = await statistics(brokerA, `cluster=${clusterA}&from=2024-01-02&to=2024-12-30`);
    expect(valuesOf(body.figures)).toMatchObject({
      activities: 2, // a6, a8
      companies: 2, // c6, c7
      company_participations: 2,
      institutions: 0,
      international_activities: 1, // a6
    });
    const single = await statistics(brokerA, `cluster=${clusterA}&from=2024-12-31&to=2024-12-31`);
    expect(valuesOf(single.figures)).toMatchObject({ activities: 1, companies: 2, institutions: 2 }); // a3
  });

  it('counts cases by their creation date in Danish time, both ends of the period included', async () => {
    const inner = await statistics(brokerA, `cluster=${clusterA}&from=2024-01-02&to=2024-12-30`);
    expect(valuesOf(inner.figures)).toMatchObject({ cases: 3, case_funding_secured: 50_000 }); // k2, k3, k7
    // k1 was created at 00:30 on 1 January in Denmark (23:30 on 31 December in UTC).
    const first = await statistics(brokerA, `cluster=${clusterA}&from=2024-01-01&to=2024-01-01`);
    expect(valuesOf(first.figures)).toMatchObject({ cases: 1, case_funding_secured: 500_000 });
    const last = await statistics(brokerA, `cluster=${clusterA}&from=2024-12-31&to=2024-12-31`);
    expect(valuesOf(last.figures)).toMatchObject({ cases: 1, case_conversion_introduced: 0 }); // k4
    // k6: 1 January 2025 in Denmark, still 31 December 2024 in UTC.
    const newYear = await statistics(brokerA, `cluster=${clusterA}&from=2025-01-01&to=2025-01-01`);
    expect(valuesOf(newYear.figures)).toMatchObject({ cases: 1 });
  });

  it('counts each year as its own period, and the whole period once per participation', async () => {
    const body = await statistics(brokerA, `cluster=${clusterA}&from=2023-01-01&to=2025-12-31`);
    expect(valuesOf(body.figures)).toEqual({
      activities: 7, // a1 … a6, a8
      companies: 7,
      company_activities: 6, // a1 … a6
      // a2 and a3 span New Year: counted in both years (4 + 8 + 3 = 15) but once here.
      company_participations: 11,
      sme_share: 5 / 7,
      sme_10_49_share: 2 / 5,
      institutions: 3,
      institution_participations: 4,
      institution_activities: 3,
      outside_strength_share: 3 / 6,
      unknown_industry_companies: 1,
      base_grant_spent: 1_800_000,
      external_funding_secured: 620_000,
      external_to_base_ratio: 620_000 / 1_800_000,
      membership_fees: 50_000,
      international_activities: 3, // a2, a4, a6
      eu_funding: 300_000,
      cases: 7, // k1 … k7
      case_conversion_introduced: 4 / 7, // k1, k2, k3, k5
      case_conversion_meeting_held: 2 / 4, // k1, k3
      case_conversion_collaboration_agreed: 1 / 2,
      case_conversion_funded: 1 / 2,
      case_funding_secured: 550_999,
    });
    expect(body.perYear.map((y: { year: number }) => y.year)).toEqual([2023, 2024, 2025]);
    const [y2023, y2024, y2025] = body.perYear.map((y: { figures: { id: string; value: number }[] }) =>
      valuesOf(y.figures),
    );
    expect(y2023).toEqual({
      activities: 2, // a2, a4
      companies: 4, // c1, c3 (a2), c6, c7 (a4)
      company_activities: 2,
      company_participations: 4,
      sme_share: 3 / 4, // c1, c3, c7
      sme_10_49_share: 1 / 3, // c3
      institutions: 1, // r1
      institution_participations: 1,
      institution_activities: 1,
      outside_strength_share: 3 / 4, // c3, c6, c7 of c1, c3, c6, c7
      unknown_industry_companies: 0,
      base_grant_spent: 800_000,
      external_funding_secured: 0,
      external_to_base_ratio: 0,
      membership_fees: 0,
      international_activities: 2, // a2, a4
      eu_funding: 0,
      cases: 1, // k5
      case_conversion_introduced: 1,
      case_conversion_meeting_held: 0,
      case_conversion_collaboration_agreed: null, // none reached meeting held
      case_conversion_funded: null,
      case_funding_secured: 999,
    });
    expect(y2024).toEqual(CLUSTER_A_2024);
    expect(y2025).toEqual({
      activities: 2, // a3, a5
      companies: 3, // c4, c5, c2
      company_activities: 2,
      company_participations: 3,
      sme_share: 2 / 3, // c2, c4
      sme_10_49_share: 1 / 2, // c2
      institutions: 2, // g1, u1
      institution_participations: 2,
      institution_activities: 1,
      outside_strength_share: 0, // c2 and c5 inside; c4 unknown
      unknown_industry_companies: 1,
      base_grant_spent: 0,
      external_funding_secured: 120_000,
      external_to_base_ratio: null, // no base grant spent
      membership_fees: 0,
      international_activities: 0,
      eu_funding: 0,
      cases: 1, // k6
      case_conversion_introduced: 0,
      case_conversion_meeting_held: null,
      case_conversion_collaboration_agreed: null,
      case_conversion_funded: null,
      case_funding_secured: 0,
    });
  });
});

describe('statistics of several clusters', () => {
  it('counts an activity organised by two clusters once, and a company inside when inside either', async () => {
    const body = await statistics(programme, 'from=2024-01-01&to=2024-12-31');
    expect(body.cluster).toBeNull();
    expect(body.clusters.map((c: { name: string }) => c.name)).toEqual(['Energy Cluster', 'Food Cluster']);
    expect(valuesOf(body.figures)).toEqual({
      activities: 6, // a1, a2, a3, a6 (A and B), a8, b1
      companies: 7,
      company_activities: 5,
      company_participations: 10, // 8 + b1's c1 and c6
      sme_share: 5 / 7,
      sme_10_49_share: 2 / 5,
      institutions: 3,
      institution_participations: 5, // 4 + u1 in b1
      institution_activities: 4,
      outside_strength_share: 2 / 6, // c3, c7; c6 is inside B, whose activities it took part in
      unknown_industry_companies: 1,
      base_grant_spent: 1_500_000,
      external_funding_secured: 500_000,
      external_to_base_ratio: 1 / 3,
      membership_fees: 50_000,
      international_activities: 3, // a2, a6, b1
      eu_funding: 300_000,
      cases: 6, // k1, k2, k3 (A and B: once), k4, k7, kb
      case_conversion_introduced: 4 / 6, // k1, k2, k3, kb
      case_conversion_meeting_held: 2 / 4,
      case_conversion_collaboration_agreed: 1 / 2,
      case_conversion_funded: 1 / 2,
      case_funding_secured: 620_000, // 550,000 + kb 70,000
    });
  });

  it("gives a broker without a cluster parameter their own clusters' figures only", async () => {
    const body = await statistics(brokerA, 'from=2024-01-01&to=2024-12-31');
    expect(body.clusters).toEqual([{ id: clusterA, name: 'Energy Cluster' }]);
    expect(valuesOf(body.figures)).toEqual(CLUSTER_A_2024);
  });

  it('lists every cluster side by side for the programme view', async () => {
    const response = await get(programme, '/statistics/clusters?from=2024-01-01&to=2024-12-31');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.definitions.map((d: { id: string }) => d.id)).toContain('outside_strength_share');
    const [a, b] = body.items;
    expect(a.cluster).toEqual({ id: clusterA, name: 'Energy Cluster' });
    expect(valuesOf(a.figures)).toEqual(CLUSTER_A_2024);
    expect(b.cluster).toEqual({ id: clusterB, name: 'Food Cluster' });
    expect(valuesOf(b.figures)).toMatchObject({
      activities: 2, // b1, a6
      companies: 3, // c1, c6, c7
      company_participations: 4,
      institutions: 1, // u1
      outside_strength_share: 2 / 3, // c1 (35) and c7 (J) outside division 10; c6 inside
      international_activities: 2,
      base_grant_spent: 500_000,
      external_to_base_ratio: 0,
      cases: 2, // kb, k3
      case_conversion_introduced: 1,
      case_conversion_meeting_held: 1 / 2, // k3
      case_conversion_collaboration_agreed: 0,
      case_conversion_funded: null,
      case_funding_secured: 120_000, // kb 70,000 + k3 50,000
    });
    // A broker sees only their own cluster's row.
    const own = (await get(brokerB, '/statistics/clusters?from=2024-01-01&to=2024-12-31')).json();
    expect(own.items.map((item: { cluster: { id: string } }) => item.cluster.id)).toEqual([clusterB]);
  });
});

describe('the rows behind a figure', () => {
  const rows = (user: TestUser, query: string) =>
    get(user, `/statistics/rows?cluster=${clusterA}&from=2024-01-01&to=2024-12-31&${query}`);

  it('lists the companies by name, with their participations and the SME share numerator marked', async () => {
    const response = await rows(brokerA, 'figure=sme_share');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ kind: 'organizations', total: 7, page: 1, limit: 50 });
    expect(body.figure.id).toBe('sme_share');
    const byName = Object.fromEntries(
      body.organizations.map((o: { name: string; inNumerator: boolean; participations: number }) => [
        o.name,
        [o.participations, o.inNumerator],
      ]),
    );
    expect(body.organizations[0].name).toBe('Org c1');
    expect(byName).toEqual({
      'Org c1': [2, true],
      'Org c2': [1, true],
      'Org c3': [1, true],
      'Org c4': [1, true],
      'Org c5': [1, false],
      'Org c6': [1, false],
      'Org c7': [1, true],
    });
  });

  it('marks the companies outside the strength areas, and pages', async () => {
    const body = (await rows(brokerA, 'figure=outside_strength_share')).json();
    expect(body.total).toBe(6);
    expect(
      body.organizations
        .filter((o: { inNumerator: boolean }) => o.inNumerator)
        .map((o: { name: string }) => o.name)
        .sort(),
    ).toEqual(['Org c3', 'Org c6', 'Org c7']);
    expect(
      body.organizations.every(
        (o: { insideStrengthAreas: boolean }) => typeof o.insideStrengthAreas === 'boolean',
      ),
    ).toBe(true);
    const page = (await rows(brokerA, 'figure=companies&page=2&limit=2')).json();
    expect(page).toMatchObject({ total: 7, page: 2, limit: 2 });
    expect(page.organizations).toHaveLength(2);
    const past = (await rows(brokerA, 'figure=companies&page=9&limit=2')).json();
    expect(past).toMatchObject({ total: 7, organizations: [] });
  });

  it('lists the activities and funding records behind their figures', async () => {
    const activities = (await rows(brokerA, 'figure=international_activities')).json();
    expect(activities).toMatchObject({ kind: 'activities', total: 2 });
    expect(activities.activities.map((a: { id: string }) => a.id)).toEqual([activity.a6, activity.a2]);
    expect(activities.activities[0]).toMatchObject({
      title: 'Activity a6',
      startsOn: '2024-06-01',
      endsOn: '2024-06-02',
      participations: 3,
      companyParticipations: 2,
      international: true,
      clusterIds: [clusterA],
    });
    const funding = (await rows(brokerA, 'figure=external_to_base_ratio')).json();
    expect(funding).toMatchObject({ kind: 'funding_records', total: 3 });
    expect(
      funding.fundingRecords.map((f: { source: string; status: string; amountDkk: number }) => [
        f.source,
        f.status,
        f.amountDkk,
      ]),
    ).toEqual([
      ['eu', 'secured', 300_000],
      ['innovation_power', 'spent', 1_000_000],
      ['private_cofunding', 'secured', 200_000],
    ]);
    expect(funding.fundingRecords[0].cluster).toEqual({ id: clusterA, name: 'Energy Cluster' });
  });

  it("lists the cases behind the case figures, newest first, to the cases' brokers and admins only", async () => {
    const all = (await rows(brokerA, 'figure=cases')).json();
    expect(all).toMatchObject({ kind: 'cases', total: 5 });
    expect(all.cases.map((c: { id: string }) => c.id)).toEqual([kase.k4, kase.k7, kase.k3, kase.k2, kase.k1]);
    expect(all.cases[4]).toEqual({
      id: kase.k1,
      companyName: 'Org c1',
      institutionName: 'Org u1',
      stage: 'funded',
      createdOn: '2024-01-01',
      clusterIds: [clusterA],
      reached: ['suggested', 'introduced', 'meeting_held', 'collaboration_agreed', 'funded'],
      funding: [
        { source: 'eu', amountDkk: 400_000 },
        { source: 'private_cofunding', amountDkk: 100_000 },
      ],
      fundingDkk: 500_000,
    });
    expect(all.cases[1]).toMatchObject({
      stage: 'collaboration_agreed',
      reached: ['suggested', 'collaboration_agreed'],
    });

    const conversion = (await rows(brokerA, 'figure=case_conversion_meeting_held')).json();
    expect(conversion.cases.map((c: { id: string; inNumerator: boolean }) => [c.id, c.inNumerator])).toEqual([
      [kase.k3, true],
      [kase.k2, false],
      [kase.k1, true],
    ]);
    const funded = (await rows(admin, 'figure=case_funding_secured')).json();
    expect(funded.cases.map((c: { id: string; fundingDkk: number }) => [c.id, c.fundingDkk])).toEqual([
      [kase.k3, 50_000],
      [kase.k1, 500_000],
    ]);
    // Programme staff see the figures but no case; a broker of B without a cluster sees B's cases only.
    expect((await rows(programme, 'figure=cases')).statusCode).toBe(403);
    expect(
      (await get(programme, '/statistics/rows?figure=cases&from=2024-01-01&to=2024-12-31')).statusCode,
    ).toBe(403);
    const own = (await get(brokerB, '/statistics/rows?figure=cases&from=2024-01-01&to=2024-12-31')).json();
    expect(own.cases.map((c: { id: string; clusterIds: string[] }) => [c.id, c.clusterIds])).toEqual([
      [kase.k3, [clusterB]],
      [kase.kb, [clusterB]],
    ]);
  });
});

describe('the 5-year evaluation and its targets', () => {
  const putTargets = (user: TestUser | null, targets: unknown[], cluster = clusterA) =>
    as(user, { method: 'PUT', url: `/api/v1/clusters/${cluster}/targets`, payload: { targets } });

  it('shows each figure per year next to the targets programme staff set', async () => {
    const set = await putTargets(programme, [
      { year: 2024, figure: 'companies', target: 10 },
      { year: 2025, figure: 'sme_share', target: 0.6 },
    ]);
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({
      clusterId: clusterA,
      targets: [
        { year: 2024, figure: 'companies', target: 10 },
        { year: 2025, figure: 'sme_share', target: 0.6 },
      ],
    });
    const response = await get(
      brokerA,
      `/statistics/evaluation?cluster=${clusterA}&fromYear=2023&toYear=2025`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ fromYear: 2023, toYear: 2025, cluster: { id: clusterA } });
    const companies = body.figures.find((f: { id: string }) => f.id === 'companies');
    expect(companies.years).toEqual([
      { year: 2023, value: 4, target: null },
      { year: 2024, value: 7, target: 10 },
      { year: 2025, value: 3, target: null },
    ]);
    const sme = body.figures.find((f: { id: string }) => f.id === 'sme_share');
    expect(sme.years[2]).toEqual({ year: 2025, value: 2 / 3, numerator: 2, denominator: 3, target: 0.6 });

    // Five years back from toYear by default; null removes a target.
    const removed = await putTargets(admin, [{ year: 2024, figure: 'companies', target: null }]);
    expect(removed.json().targets).toEqual([{ year: 2025, figure: 'sme_share', target: 0.6 }]);
    const defaults = (await get(programme, `/statistics/evaluation?cluster=${clusterA}&toYear=2025`)).json();
    expect([defaults.fromYear, defaults.toYear]).toEqual([2021, 2025]);
  });

  it('refuses bad targets whole, leaving the stored ones as they were', async () => {
    const before = (await putTargets(programme, [])).json().targets;
    for (const targets of [
      [{ year: 2024, figure: 'sme_share', target: 1.5 }], // a share above 1
      [
        { year: 2024, figure: 'companies', target: 5 },
        { year: 2024, figure: 'companies', target: 6 },
      ], // twice
      [{ year: 2024, figure: 'cases_per_stage', target: 5 }], // no such figure
      [{ year: 2024, figure: 'case_conversion_funded', target: 2 }], // a share above 1
      [{ year: 1999, figure: 'companies', target: 5 }],
      [{ year: 2024, figure: 'companies', target: -1 }],
      [{ year: 2024, figure: 'companies' }],
    ]) {
      const response = await putTargets(programme, [
        { year: 2026, figure: 'activities', target: 3 },
        ...targets,
      ]);
      expect({ targets, status: response.statusCode }).toEqual({ targets, status: 400 });
    }
    expect((await putTargets(programme, [])).json().targets).toEqual(before);
  });

  it('lets only programme staff and admins set targets', async () => {
    expect((await putTargets(null, [])).statusCode).toBe(401);
    expect((await putTargets(brokerA, [])).statusCode).toBe(403);
    expect((await putTargets(companyMember, [])).statusCode).toBe(403);
    expect((await putTargets(programme, [], memberCompany)).statusCode).toBe(404);
  });
});

describe('the strength-area mapping', () => {
  const put = (user: TestUser | null, mappings: unknown[]) =>
    as(user, {
      method: 'PUT',
      url: `/api/v1/clusters/${clusterA}/strength-industries`,
      payload: { mappings },
    });

  it('shows the canonical codes with their names to the cluster, programme and admins', async () => {
    const response = await get(brokerA, `/clusters/${clusterA}/strength-industries`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      clusterId: clusterA,
      strengthAreas: ['Energi', 'Digital'],
      mappings: [
        {
          strengthArea: 'Digital',
          industryCode: '62.01.00',
          label: { da: expect.any(String), en: 'Computer programming, consultancy and related activities' },
        },
        {
          strengthArea: 'Energi',
          industryCode: '28',
          label: expect.objectContaining({ da: expect.any(String) }),
        },
        {
          strengthArea: 'Energi',
          industryCode: 'D',
          label: { da: expect.any(String), en: 'Electricity, gas, steam and air conditioning supply' },
        },
      ],
    });
    expect((await get(programme, `/clusters/${clusterA}/strength-industries`)).statusCode).toBe(200);
    expect((await get(brokerB, `/clusters/${clusterA}/strength-industries`)).statusCode).toBe(403);
    expect((await get(companyMember, `/clusters/${clusterA}/strength-industries`)).statusCode).toBe(403);
    expect((await get(null, `/clusters/${clusterA}/strength-industries`)).statusCode).toBe(401);
  });

  it('refuses unknown strength areas and codes, and callers other than admins, changing nothing', async () => {
    const before = (await get(admin, `/clusters/${clusterA}/strength-industries`)).json();
    const bad = await put(admin, [
      { strengthArea: 'Energi', industryCode: '35' },
      { strengthArea: 'Energi', industryCode: 'ZZ' },
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([
      { field: 'mappings.1.industryCode', message: expect.stringContaining('ZZ') },
    ]);
    const area = await put(admin, [{ strengthArea: 'Rumfart', industryCode: '30' }]);
    expect(area.statusCode).toBe(400);
    expect(area.json().message).toContain('Rumfart');
    expect((await put(programme, [])).statusCode).toBe(403);
    expect((await put(brokerA, [])).statusCode).toBe(403);
    expect((await get(admin, `/clusters/${clusterA}/strength-industries`)).json()).toEqual(before);
  });
});

describe('who may see statistics', () => {
  const urls = () => [
    `/statistics?cluster=${clusterA}`,
    `/statistics/rows?cluster=${clusterA}&figure=companies`,
    `/statistics/evaluation?cluster=${clusterA}`,
  ];

  it.each([
    ['the cluster’s broker', 200, () => brokerA],
    ['programme staff', 200, () => programme],
    ['a platform admin', 200, () => admin],
    ['another cluster’s broker', 403, () => brokerB],
    ['a company member', 403, () => companyMember],
    ['an anonymous caller', 401, () => null],
  ])('%s gets %d', async (_who, status, user) => {
    for (const url of urls()) {
      const response = await get(user(), url);
      expect({ url, status: response.statusCode }).toEqual({ url, status });
    }
  });

  it('refuses callers who broker no cluster, even without a cluster parameter', async () => {
    expect((await get(companyMember, '/statistics')).statusCode).toBe(403);
    expect((await get(companyMember, '/statistics/clusters')).statusCode).toBe(403);
  });

  it('answers 404 for an id that is not a cluster', async () => {
    expect((await get(programme, `/statistics?cluster=${memberCompany}`)).statusCode).toBe(404);
  });
});

describe('validation', () => {
  it.each([
    ['a date that does not exist', 'from=2024-02-30'],
    ['a month 13', 'to=2024-13-01'],
    ['a date in another format', 'from=01-01-2024'],
    ['from after to', 'from=2024-06-02&to=2024-06-01'],
    ['a period over 30 years', 'from=1990-01-01&to=2024-12-31'],
    ['a cluster that is no UUID', 'cluster=energy'],
    ['an unknown parameter', 'year=2024'],
  ])('refuses %s with 400', async (_what, query) => {
    const response = await get(programme, `/statistics?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400, message: expect.any(String) });
  });

  it('refuses an unknown or missing figure and a bad evaluation span', async () => {
    const unknown = await get(programme, '/statistics/rows?figure=cases_per_stage');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details[0]).toMatchObject({ field: 'figure' });
    expect((await get(programme, '/statistics/rows')).statusCode).toBe(400);
    expect(
      (await get(programme, `/statistics/evaluation?cluster=${clusterA}&fromYear=2025&toYear=2024`))
        .statusCode,
    ).toBe(400);
    expect((await get(programme, '/statistics/evaluation')).statusCode).toBe(400);
  });
});

// Last, as it changes the fixture: the figures follow every kind of change to the rows they count.
describe('after changes', () => {
  const figuresOfA = async () =>
    valuesOf((await statistics(programme, `cluster=${clusterA}&from=2024-01-01&to=2024-12-31`)).figures);
  const change = (sql: string, parameters: unknown[]) => db.query(sql, parameters);

  it('follows removed participations, deleted, restored and moved activities, clusters and kinds', async () => {
    await change(`delete from activity_participations where activity_id = $1 and organization_id = $2`, [
      activity.a2,
      org.c3,
    ]);
    expect(await figuresOfA()).toMatchObject({ companies: 6, company_participations: 7, sme_share: 4 / 6 });

    await change(`update activities set deleted_at = now() where id = $1`, [activity.a6]);
    expect(await figuresOfA()).toMatchObject({
      activities: 4,
      companies: 4, // c1, c2, c4, c5
      company_participations: 5,
      international_activities: 1,
    });

    await change(
      `update activities set deleted_at = null, starts_on = '2025-02-01', ends_on = '2025-02-01' where id = $1`,
      [activity.a6],
    );
    expect(await figuresOfA()).toMatchObject({ activities: 4, companies: 4 });

    await change(`update activities set starts_on = '2024-06-01', ends_on = '2024-06-02' where id = $1`, [
      activity.a6,
    ]);
    expect(await figuresOfA()).toMatchObject({
      activities: 5,
      companies: 6,
      company_participations: 7,
      international_activities: 2,
    });

    await change(`update organizations set kind = 'large_company' where id = $1`, [org.c7]);
    expect(await figuresOfA()).toMatchObject({ companies: 6, sme_share: 3 / 6 });

    await change(`insert into activity_clusters (activity_id, cluster_id) values ($1, $2)`, [
      activity.b1,
      clusterA,
    ]);
    expect(await figuresOfA()).toMatchObject({
      activities: 6,
      companies: 6,
      company_participations: 9,
      institution_participations: 5,
      international_activities: 3,
    });
    const rows = (
      await get(
        programme,
        `/statistics/rows?cluster=${clusterA}&from=2024-01-01&to=2024-12-31&figure=companies`,
      )
    ).json();
    expect(rows.organizations.find((o: { name: string }) => o.name === 'Org c6').participations).toBe(2); // a6, b1

    await change(`delete from activity_clusters where activity_id = $1 and cluster_id = $2`, [
      activity.b1,
      clusterA,
    ]);
    expect(await figuresOfA()).toMatchObject({
      activities: 5,
      company_participations: 7,
      institution_participations: 4,
      international_activities: 2,
    });
  });
});
