import 'reflect-metadata';
import { UsersService } from '@videnbro/auth';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { listen, withBenchStack } from './bench-stack';
import { markdownTable, percentile } from './bench-timing';

/**
 * `npm run bench:statistics`: speed of the statistics API, measured, not asserted.
 * In a fresh temporary data dir it starts PostgreSQL (and Meilisearch, which the API needs to boot),
 * migrates, and bulk-inserts with generate_series: 14 clusters with a strength-area mapping, BENCH_ORGS
 * (default 4,000) organisations of every kind with employee bands, industry codes, countries and regions,
 * 14 clusters × 5 years × 1,000 activities (one in ten co-organised by a second cluster, some across
 * New Year), 10 participations each (700,000), and funding records. Then it serves the API over HTTP and
 * times every statistics query, for one cluster (as its broker) and for all clusters (as programme
 * staff): RUNS runs each after one warm-up run, p50 and max. Target: each under 500 ms.
 */

const CLUSTERS = 14;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const ACTIVITIES_PER_CLUSTER_YEAR = Number(process.env.BENCH_ACTIVITIES ?? 1_000);
const PARTICIPATIONS_PER_ACTIVITY = 10;
const ORGANIZATIONS = Number(process.env.BENCH_ORGS ?? 4_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 500;
const PASSWORD = 'bench-Statistik-2025!';

async function seed(db: DataSource, users: UsersService): Promise<{ clusterId: string }> {
  const started = performance.now();
  const clusterIds = (
    await db.query<{ id: string }[]>(
      `insert into organizations (kind, name, strength_areas, region, municipality)
       select 'cluster', 'Bench cluster ' || n, array['Område A', 'Område B'], 'hovedstaden', 'koebenhavn'
         from generate_series(1, $1) n
       returning id`,
      [CLUSTERS],
    )
  ).map((row) => row.id);
  // Each cluster's areas cover five divisions of the twenty the companies draw from: most companies
  // fall outside any one cluster, some inside.
  await db.query(
    `insert into cluster_strength_industries (cluster_id, strength_area, industry_code)
     select c.id, case when d.k < 3 then 'Område A' else 'Område B' end,
            (array['10','20','21','25','26','27','28','35','41','43','46','52','58','62','63','64','71','72','73','74'])
              [1 + (c.n * 3 + d.k) % 20]
       from unnest($1::uuid[]) with ordinality c(id, n), generate_series(0, 4) d(k)`,
    [clusterIds],
  );
  // Organisations: kinds, bands, codes, countries and regions spread by the row number.
  await db.query(
    `insert into organizations (kind, name, employee_band, industry_codes, country, region)
     select (array['sme','sme','sme','sme','sme','sme','large_company','university','business_academy',
                   'university_college','gts_institute','research_institute','artistic_institution','other'])[1 + n % 14],
            'Bench organisation ' || n,
            (array['1-9','10-49','50-249','250+', null])[1 + (n / 14) % 5],
            case when n % 17 = 0 then '{}'::varchar[]
                 when n % 5 = 0 then array[(array['C','J','M'])[1 + n % 3]]::varchar[]
                 else array[(array['10','20','21','25','26','27','28','35','41','43','46','52','58','62','63','64','71','72','73','74'])
                              [1 + n % 20] || case when n % 2 = 0 then '.10.00' else '' end]::varchar[] end,
            case when n % 10 = 0 then (array['DE','SE','NO','US'])[1 + (n / 10) % 4] else 'DK' end,
            case when n % 10 = 0 then null
                 else (array['hovedstaden','sjaelland','syddanmark','midtjylland','nordjylland', null])[1 + n % 6] end
       from generate_series(1, $1) n`,
    [ORGANIZATIONS],
  );
  const activities = CLUSTERS * YEARS.length * ACTIVITIES_PER_CLUSTER_YEAR;
  await db.query(
    `insert into activities (owner_cluster_id, title, type, starts_on, ends_on, format, funding_source)
     select c.ids[1 + n % $2], 'Bench activity ' || n,
            (array['knowledge_sharing','matchmaking','internationalisation','innovation_project','network_event','course'])[1 + n % 6],
            s.day, s.day + (n % 3), 'on_site', 'innovation_power'
       from generate_series(0, $1 - 1) n
      cross join (select $3::uuid[] as ids) c
      cross join lateral (select make_date($4 + (n / $2) % $5, 1, 1) + ((n * 7) % 365) as day) s`,
    [activities, CLUSTERS, clusterIds, YEARS[0], YEARS.length],
  );
  await db.query(
    `insert into activity_clusters (activity_id, cluster_id)
     select id, owner_cluster_id from activities
      union all
     select a.id, c.ids[1 + (array_position(c.ids, a.owner_cluster_id) % $2)]
       from (select id, owner_cluster_id, row_number() over (order by id) as n from activities) a
      cross join (select $1::uuid[] as ids) c
      where a.n % 10 = 0`,
    [clusterIds, CLUSTERS],
  );
  await db.query(
    `insert into activity_participations (activity_id, organization_id, role, persons)
     select a.id, o.ids[1 + (a.n * 7919 + k * 401) % cardinality(o.ids)],
            (array['participant','speaker','partner','host'])[1 + k % 4], 1 + k % 3
       from (select id, row_number() over (order by id) as n from activities) a
      cross join (select array_agg(id order by name) as ids from organizations where kind <> 'cluster') o
      cross join generate_series(0, $1 - 1) k`,
    [PARTICIPATIONS_PER_ACTIVITY],
  );
  await db.query(
    `insert into funding_records (cluster_id, year, source, status, amount_dkk)
     select c.id, y, s.source, s.status, 10000 + (abs(hashtext(c.id::text || y || s.source)) % 1000000)
       from unnest($1::uuid[]) c(id), unnest($2::int[]) y,
            (values ('innovation_power','spent'), ('membership_fees','secured'), ('sponsorships','secured'),
                    ('foundation_grants','secured'), ('danish_public','secured'), ('eu','secured'),
                    ('private_cofunding','secured'), ('eu','spent')) s(source, status)`,
    [clusterIds, YEARS],
  );
  await db.query('vacuum analyze');
  const [counts] = await db.query<Record<string, string>[]>(
    `select (select count(*) from activities) as activities,
            (select count(*) from activity_clusters) as activity_clusters,
            (select count(*) from activity_participations) as participations,
            (select count(*) from organizations) as organizations,
            (select count(*) from funding_records) as funding_records`,
  );
  console.log(
    `Seeded ${counts.activities} activities (${counts.activity_clusters} activity–cluster links), ` +
      `${counts.participations} participations, ${counts.organizations} organisations and ` +
      `${counts.funding_records} funding records in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  for (const [email, roles] of [
    ['programme@bench.videnbro.dk', ['programme']],
    ['broker@bench.videnbro.dk', []],
  ] as const) {
    await users.create({ email, name: email.split('@')[0], password: PASSWORD, roles: [...roles] });
  }
  await db.query(
    `insert into organization_memberships (organization_id, user_id, role)
     select $1, id, 'member' from users where email = 'broker@bench.videnbro.dk'`,
    [clusterIds[0]],
  );
  return { clusterId: clusterIds[0] };
}

async function signIn(base: string, email: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'videnbro-bench-statistics-'));
  try {
    // Production settings, as `npm start` serves the API; request logs would go between the figures.
    const settings = { NODE_ENV: 'production', LOG_LEVEL: 'error' };
    await withBenchStack(work, settings, async ({ app }) => {
      const { clusterId } = await seed(app.get(DataSource), app.get(UsersService));
      const base = await listen(app);
      const broker = await signIn(base, 'broker@bench.videnbro.dk');
      const programme = await signIn(base, 'programme@bench.videnbro.dk');
      const period = `from=${YEARS[0]}-01-01&to=${YEARS.at(-1)}-12-31`;
      const year = `from=${YEARS.at(-1)}-01-01&to=${YEARS.at(-1)}-12-31`;
      const one = `cluster=${clusterId}`;
      const cases: [string, string, Record<string, string>, string][] = [
        ['GET /statistics (5 years)', 'one cluster', broker, `/statistics?${one}&${period}`],
        ['GET /statistics (5 years)', 'all clusters', programme, `/statistics?${period}`],
        ['GET /statistics (1 year)', 'one cluster', broker, `/statistics?${one}&${year}`],
        ['GET /statistics (1 year)', 'all clusters', programme, `/statistics?${year}`],
        ['GET /statistics/clusters (5 years)', 'all clusters', programme, `/statistics/clusters?${period}`],
        [
          'GET /statistics/evaluation (5 years)',
          'one cluster',
          programme,
          `/statistics/evaluation?${one}&fromYear=${YEARS[0]}&toYear=${YEARS.at(-1)}`,
        ],
      ];
      for (const figure of [
        'companies',
        'outside_strength_share',
        'company_activities',
        'external_to_base_ratio',
      ]) {
        cases.push(
          [
            `GET /statistics/rows?figure=${figure}`,
            'one cluster',
            broker,
            `/statistics/rows?figure=${figure}&${one}&${period}`,
          ],
          [
            `GET /statistics/rows?figure=${figure}`,
            'all clusters',
            programme,
            `/statistics/rows?figure=${figure}&${period}`,
          ],
        );
      }
      cases.push([
        'GET /clusters/{id}/strength-industries',
        'one cluster',
        broker,
        `/clusters/${clusterId}/strength-industries`,
      ]);

      const rows: string[][] = [];
      const missed: string[] = [];
      for (const [what, scope, headers, path] of cases) {
        const latencies: number[] = [];
        for (let run = 0; run <= RUNS; run++) {
          const before = performance.now();
          const response = await fetch(`${base}${path}`, { headers });
          if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
          await response.json();
          // The first run warms up (plans, pool connections) and is not counted.
          if (run > 0) latencies.push(performance.now() - before);
        }
        latencies.sort((a, b) => a - b);
        const max = latencies[latencies.length - 1];
        rows.push([what, scope, percentile(latencies, 0.5).toFixed(0), max.toFixed(0)]);
        if (max >= TARGET_MS) missed.push(`${what}, ${scope}: max ${max.toFixed(0)} ms`);
      }
      console.log(
        [
          '',
          `${RUNS} runs per row after one warm-up, concurrency 1, over HTTP with a signed-in caller:`,
          ...markdownTable(['query', 'scope', 'p50 ms', 'max ms'], rows),
          '',
          missed.length
            ? `Over the ${TARGET_MS} ms target:\n  ${missed.join('\n  ')}`
            : `Every query under the ${TARGET_MS} ms target.`,
        ].join('\n'),
      );
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
