import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { UsersService } from '@videnbro/auth';
import { DEMO_PASSWORD, DEMO_USERS, generateCatalogue, seedDemoData } from '@videnbro/demo-data';
import type { DemoCatalogue } from '@videnbro/demo-data';
import { importRecords } from '@videnbro/imports';
import { createMeiliClient } from '@videnbro/meili';
import { OutboxRelay, SearchIndex } from '@videnbro/search-index';
import type { MultiSearchParams } from 'meilisearch';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { listen, withBenchStack } from './bench-stack';
import { markdownTable, measure } from './bench-timing';
import type { Timing } from './bench-timing';

/**
 * `npm run bench:search`: speed of indexing and search, measured, not asserted.
 * In a fresh temporary data dir it starts PostgreSQL and Meilisearch (2 indexing threads, as dev-services
 * always starts it), seeds the demo data (its accounts and catalogue), imports BENCH_DOCS (default
 * 100,000) needs and competencies plus their organisations through the bulk import, whose texts are
 * the demo catalogue's Danish and English postings, and lets the outbox relay drain the outbox into the
 * index as the worker does. Then it serves the API over HTTP on Fastify (AppModule, as `npm start`) and
 * sends a fixed set of queries, anonymous and signed in, at concurrency 1 and 10; and the very
 * Meilisearch requests the API made for them straight to Meilisearch, in the same run, for the ratio.
 * Last it asks the match API for a fixed set of imported needs and competencies, picked by external id.
 */

const POSTINGS = Number(process.env.BENCH_DOCS ?? 100_000);
/** Requests per table row. */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const POSTINGS_PER_ORGANIZATION = 49;
const CONCURRENCIES = [1, 10];
/** Imported needs and competencies asked for matches, spread evenly over the import. */
const MATCH_NEEDS = 20;
const MATCH_COMPETENCIES = 10;

/** What people type: Danish and English, short and long, a few with typos (marked). */
const QUERIES = [
  'varmepumper',
  'industrial heat pumps',
  'batterilagring',
  'vindmøllevinger',
  'vindmolle vinger', // without ø
  'brint',
  'hydrogen power-to-x',
  'spildevand rensning',
  'wastewater treatment',
  'genanvendelse af plast',
  'plastics recyclng', // typo
  'PFAS grundvand',
  'klimatilpasning',
  'havneautomatisering',
  'autonomous vessels',
  'lagerstyring',
  'biogene byggematerialer',
  'digital tvilling produktion',
  'machine learning',
  'kunstig intelligens',
  'cybersikkerhed',
  'robotter',
  'robtics automation', // typo
  'fødevarer',
  'fodevarer', // without ø
  'life science',
  'sundhed',
  'akustik',
  'fintech',
  'turisme',
  'materialer',
  'studenterprojekt',
  'contract research',
  'Aarhus Universitet',
  'Syddansk Univresitet', // typo
  'energi',
  'sensorer til vandkvalitet',
  'route optimisation',
  'cirkulær økonomi',
  'circular business models',
];

/**
 * Organisations with their postings, as import lines: needs from SMEs, competencies from knowledge
 * institutions, every text taken in turn from the demo catalogue. All postings open, so all are indexed.
 */
function* importLines(catalogue: DemoCatalogue, postings: number): Generator<string> {
  for (let index = 0; index < postings; index++) {
    const isNeed = index % 2 === 0;
    const nth = Math.floor(index / 2);
    const orgNumber = Math.floor(nth / POSTINGS_PER_ORGANIZATION);
    const orgId = `bench:${isNeed ? 'sme' : 'institution'}:${orgNumber}`;
    if (nth % POSTINGS_PER_ORGANIZATION === 0) {
      const source = isNeed
        ? catalogue.smes[orgNumber % catalogue.smes.length]
        : catalogue.institutions[orgNumber % catalogue.institutions.length];
      yield `${JSON.stringify({
        type: 'organization',
        externalId: orgId,
        name: `${source.name} ${orgNumber}`,
        kind: source.kind,
        municipality: source.municipality,
        description: source.description,
        tags: source.tags,
      })}\n`;
    }
    const need = isNeed ? catalogue.needs[nth % catalogue.needs.length] : undefined;
    const source = need ?? catalogue.competencies[nth % catalogue.competencies.length];
    yield `${JSON.stringify({
      type: isNeed ? 'need' : 'competence',
      externalId: `bench:${isNeed ? 'need' : 'competence'}:${nth}`,
      organization: orgId,
      title: source.title,
      description: source.description,
      tags: source.tags,
      formats: source.formats,
      visibility: source.visibility,
      status: 'open',
      ...(need ? { partnerKinds: need.partnerKinds } : {}),
    })}\n`;
  }
}

/**
 * Ids of imported postings of `table` (needs or competencies) of the given visibilities: `count` of them,
 * at even steps through the import's external ids, so every run asks for the same ones.
 */
async function pickPostings(
  db: DataSource,
  table: 'needs' | 'competencies',
  visibilities: readonly string[],
  count: number,
): Promise<string[]> {
  const rows = (await db.query(
    `SELECT id FROM ${table} WHERE external_id LIKE 'bench:%' AND visibility = ANY($1)
     ORDER BY substring(external_id from '[0-9]+$')::int`,
    [visibilities],
  )) as { id: string }[];
  const step = Math.max(1, Math.floor(rows.length / count));
  return rows
    .filter((_, index) => index % step === 0)
    .slice(0, count)
    .map((row) => row.id);
}

/** Imports the postings and relays the outbox; prints the times. */
async function index(app: INestApplication, catalogue: DemoCatalogue): Promise<void> {
  const db = app.get(DataSource);
  const searchIndex = app.get(SearchIndex);
  // Settings first, as the worker applies them at start.
  await searchIndex.prepare();
  let started = performance.now();
  await seedDemoData({ users: app.get(UsersService), dataSource: db });
  await app.get(OutboxRelay).drain();
  console.log(
    `Seeded the demo data and indexed it in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  started = performance.now();
  const report = await importRecords(db, Readable.from(importLines(catalogue, POSTINGS)), {
    format: 'jsonl',
    actorUserId: null,
  });
  const imported = (performance.now() - started) / 1000;
  if (report.failed) {
    throw new Error(`The import refused ${report.failed} lines, first: ${JSON.stringify(report.errors[0])}`);
  }
  started = performance.now();
  const relayed = await app.get(OutboxRelay).drain();
  const relaySeconds = (performance.now() - started) / 1000;
  if (relayed.failed) throw new Error(`The relay failed ${relayed.failed} outbox rows`);
  const counts = await searchIndex.counts();
  const total = imported + relaySeconds;
  console.log(
    `Indexed ${report.lines} imported records (${POSTINGS} needs and competencies + ` +
      `${report.lines - POSTINGS} organisations) through the outbox:\n` +
      `  import ${imported.toFixed(1)} s (${Math.round(report.lines / imported)} records/s), ` +
      `relay until drained ${relaySeconds.toFixed(1)} s (${Math.round(relayed.relayed / relaySeconds)} rows/s); ` +
      `end to end ${total.toFixed(1)} s = ${Math.round(report.lines / total)} docs/s\n` +
      `  index now holds ${Object.entries(counts)
        .map(([type, count]) => `${count} ${type}`)
        .join(', ')} (demo data included)`,
  );
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'videnbro-bench-search-'));
  try {
    // Request logs would go between the figures; everything else is as `npm start` runs the API.
    await withBenchStack(work, { NODE_ENV: 'production', LOG_LEVEL: 'error' }, async ({ app, config }) => {
      await index(app, generateCatalogue());
      const base = await listen(app);

      const smeUser = DEMO_USERS.find((user) => user.membership?.of === 'sme');
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: smeUser?.email, password: DEMO_PASSWORD }),
      });
      if (!login.ok) throw new Error(`Sign-in failed: ${login.status} ${await login.text()}`);
      const { accessToken } = (await login.json()) as { accessToken: string };
      // With the visibilities each caller may read, for the match API's postings.
      const callers: [string, Record<string, string>, string[]][] = [
        ['anonymous', {}, ['public']],
        ['signed in (SME member)', { authorization: `Bearer ${accessToken}` }, ['public', 'registered']],
      ];

      // The Meilisearch request the API sends for each query and caller, caught once on its client, so
      // that the raw figures are for the same queries with the same filter the server builds.
      const client = app.get(SearchIndex).client;
      const viaApi = client.multiSearch.bind(client);
      let caught: MultiSearchParams | undefined;
      Object.assign(client, {
        multiSearch: (body: MultiSearchParams) => {
          caught = structuredClone(body);
          return viaApi(body);
        },
      });
      const search = async (headers: Record<string, string>, query: number) => {
        const response = await fetch(`${base}/search?q=${encodeURIComponent(QUERIES[query])}`, { headers });
        if (!response.ok) throw new Error(`GET /search: ${response.status} ${await response.text()}`);
        await response.json();
      };
      const requests = new Map<string, MultiSearchParams[]>();
      for (const [caller, headers] of callers) {
        const bodies: MultiSearchParams[] = [];
        for (let query = 0; query < QUERIES.length; query++) {
          await search(headers, query);
          if (!caught) throw new Error('The search API sent no request to Meilisearch');
          bodies.push(caught);
          caught = undefined;
        }
        requests.set(caller, bodies);
      }
      // Back to the client's own method.
      delete (client as Partial<typeof client>).multiSearch;

      const raw = createMeiliClient(config.meili);
      const rows: string[][] = [];
      const ratios: string[] = [];
      for (const concurrency of CONCURRENCIES) {
        for (const [caller, headers] of callers) {
          const bodies = requests.get(caller) ?? [];
          const api = await measure(REQUESTS, concurrency, QUERIES.length, (query) => search(headers, query));
          const direct = await measure(REQUESTS, concurrency, QUERIES.length, async (query) => {
            await raw.multiSearch(bodies[query]);
          });
          const row = (what: string, timing: Timing) => [
            what,
            caller,
            String(concurrency),
            timing.p50.toFixed(1),
            timing.p95.toFixed(1),
            timing.perSecond.toFixed(0),
          ];
          rows.push(
            row('search API (GET /api/v1/search)', api),
            row('raw Meilisearch (same request)', direct),
          );
          ratios.push(
            `  ${caller}, concurrency ${concurrency}: ${(api.p95 / direct.p95).toFixed(2)}×` +
              (concurrency === 1 ? ` (target ≤ 2×: ${api.p95 <= 2 * direct.p95 ? 'met' : 'MISSED'})` : ''),
          );
        }
      }

      const matchEndpoints = [
        {
          what: 'match API (GET /api/v1/needs/{id}/matches?group=organization)',
          table: 'needs',
          count: MATCH_NEEDS,
          path: (id: string) => `/needs/${id}/matches?group=organization`,
        },
        {
          what: 'match API (GET /api/v1/competencies/{id}/matches)',
          table: 'competencies',
          count: MATCH_COMPETENCIES,
          path: (id: string) => `/competencies/${id}/matches`,
        },
      ] as const;
      const match = async (headers: Record<string, string>, path: string) => {
        const response = await fetch(`${base}${path}`, { headers });
        if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
        await response.json();
      };
      const matchTargets: string[] = [];
      for (const endpoint of matchEndpoints) {
        for (const [caller, headers, visibilities] of callers) {
          const paths = (
            await pickPostings(app.get(DataSource), endpoint.table, visibilities, endpoint.count)
          ).map(endpoint.path);
          // Once each first: every one must answer, and the timed rounds start warm, as search's do.
          for (const path of paths) await match(headers, path);
          for (const concurrency of CONCURRENCIES) {
            const timing = await measure(REQUESTS, concurrency, paths.length, (item) =>
              match(headers, paths[item]),
            );
            rows.push([
              endpoint.what,
              caller,
              String(concurrency),
              timing.p50.toFixed(1),
              timing.p95.toFixed(1),
              timing.perSecond.toFixed(0),
            ]);
            if (concurrency === 1) {
              matchTargets.push(
                `  ${endpoint.table} (${paths.length} ids), ${caller}: ${timing.p95.toFixed(1)} ms ` +
                  `(${timing.p95 < 80 ? 'met' : 'MISSED'})`,
              );
            }
          }
        }
      }

      const header = ['endpoint', 'caller', 'concurrency', 'p50 ms', 'p95 ms', 'req/s'];
      console.log(
        [
          '',
          `${QUERIES.length} queries (Danish and English, some with typos); ${MATCH_NEEDS} needs and ` +
            `${MATCH_COMPETENCIES} competencies readable by the caller; ${REQUESTS} requests per row:`,
          ...markdownTable(header, rows),
          '',
          'search API p95 / raw Meilisearch p95 (target at concurrency 1: ≤ 2×):',
          ...ratios,
          'match API p95 at concurrency 1 (target < 80 ms):',
          ...matchTargets,
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
