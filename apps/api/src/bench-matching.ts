import 'reflect-metadata';
import { Module } from '@nestjs/common';
import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { UsersService } from '@videnbro/auth';
import { ConfigModule } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { DatabaseModule } from '@videnbro/database';
import { DOMAINS, generateCatalogue, seedDemoData } from '@videnbro/demo-data';
import type { DemoCatalogue } from '@videnbro/demo-data';
import { importRecords } from '@videnbro/imports';
import { MeiliModule } from '@videnbro/meili';
import { OutboxRelay, SEARCHABLE_STATUSES, SearchIndex, SearchIndexModule } from '@videnbro/search-index';
import { createReadStream } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { listen, withBenchStack } from './bench-stack';
import { markdownTable, percentile } from './bench-timing';

/**
 * `npm run bench:matching [-- <dataset dir>]`: the quality of matching, measured, not asserted.
 * In a fresh temporary data dir it starts PostgreSQL and Meilisearch, imports the labelled set
 * (`import.jsonl` + `qrels.json`, by default ../shared/datasets/cordis-dev) through the bulk import,
 * seeds the demo data, lets the outbox relay bring the index up to date, boots the API and asks it,
 * anonymously, for each labelled need:
 * (a) GET /api/v1/needs/{id}/matches?group=organization&limit=10;
 * (b) GET /api/v1/search?q=<the need's title>&types=competence, organisations in order of first hit.
 * It prints nDCG@10, recall@10 and hit@10 of both, next to the dataset README's reference figures,
 * and the matching API's latency. A benchmark that prints figures, not a test.
 *
 * The Danish set comes from the demo data, whose generator writes every posting about one topic of a
 * field (in Danish or English). A need's relevant institutions are those with a published competence
 * on the need's topic. The labels are synthetic: they reward finding the same topic, across languages.
 */

const K = 10;
const SEARCH_PAGE = 50;

interface LabelledSet {
  name: string;
  /** Need id → the ids of the organisations that are right answers. */
  labels: Map<string, Set<string>>;
  /** Need id → its title, the keyword query. */
  titles: Map<string, string>;
}

interface Figures {
  ndcg: number;
  recall: number;
  hit: number;
}

@Module({})
class BenchRelayModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: BenchRelayModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, MeiliModule, SearchIndexModule],
    };
  }
}

function figuresOf(ranked: readonly string[], relevant: ReadonlySet<string>): Figures {
  const top = ranked.slice(0, K);
  let dcg = 0;
  top.forEach((id, index) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(index + 2);
  });
  let ideal = 0;
  for (let index = 0; index < Math.min(K, relevant.size); index++) ideal += 1 / Math.log2(index + 2);
  const found = top.filter((id) => relevant.has(id)).length;
  return { ndcg: ideal ? dcg / ideal : 0, recall: found / relevant.size, hit: found ? 1 : 0 };
}

function mean(all: readonly Figures[]): Figures {
  const sum = (pick: (figures: Figures) => number) =>
    all.reduce((total, f) => total + pick(f), 0) / all.length;
  return { ndcg: sum((f) => f.ndcg), recall: sum((f) => f.recall), hit: sum((f) => f.hit) };
}

/** Rows `| method | 0.1 | 0.2 | 0.3 |` of the dataset README's table of reference figures. */
async function referenceFigures(dir: string): Promise<[string, Figures][]> {
  const readme = await readFile(join(dir, 'README.md'), 'utf8').catch(() => '');
  const rows: [string, Figures][] = [];
  for (const match of readme.matchAll(
    /^\|\s*([^|]+?)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|$/gm,
  )) {
    rows.push([match[1], { ndcg: Number(match[2]), recall: Number(match[3]), hit: Number(match[4]) }]);
  }
  return rows;
}

/** The labelled set's external ids as the database's ids. */
async function labelledSet(db: DataSource, dir: string): Promise<LabelledSet> {
  const { qrels } = JSON.parse(await readFile(join(dir, 'qrels.json'), 'utf8')) as {
    qrels: Record<string, string[]>;
  };
  const ids = async (table: string, externalIds: string[]) =>
    new Map<string, { id: string; title: string }>(
      (
        (await db.query(
          `SELECT id, external_id, ${table === 'needs' ? 'title' : 'name'} AS title FROM ${table}
           WHERE external_id = ANY($1)`,
          [externalIds],
        )) as { id: string; external_id: string; title: string }[]
      ).map((row) => [row.external_id, { id: row.id, title: row.title }]),
    );
  const needs = await ids('needs', Object.keys(qrels));
  const organizations = await ids('organizations', [...new Set(Object.values(qrels).flat())]);
  const labels = new Map<string, Set<string>>();
  const titles = new Map<string, string>();
  for (const [needExternalId, organizationExternalIds] of Object.entries(qrels)) {
    const need = needs.get(needExternalId);
    const relevant = organizationExternalIds.flatMap((id) => organizations.get(id)?.id ?? []);
    if (!need || !relevant.length) continue;
    labels.set(need.id, new Set(relevant));
    titles.set(need.id, need.title);
  }
  return { name: dir.split('/').filter(Boolean).pop() ?? dir, labels, titles };
}

/**
 * The demo needs an anonymous caller may read, each labelled with the institutions that publish a
 * competence an anonymous caller may read on the same topic (a topic has a Danish and an English wording).
 */
async function demoSet(db: DataSource, catalogue: DemoCatalogue): Promise<LabelledSet> {
  const topics = DOMAINS.flatMap((domain) => domain.topics);
  const topicsIn = (text: string) => {
    const lower = text.toLocaleLowerCase('da');
    return topics.filter((pair) => pair.some((wording) => lower.includes(wording)));
  };
  const readable = (posting: { visibility: string; status: string }) =>
    posting.visibility === 'public' && (SEARCHABLE_STATUSES as readonly string[]).includes(posting.status);
  const institutionsByTopic = new Map<(typeof topics)[number], Set<string>>();
  for (const competence of catalogue.competencies.filter(readable)) {
    for (const topic of topicsIn(`${competence.title} ${competence.description}`)) {
      const set = institutionsByTopic.get(topic) ?? new Set<string>();
      set.add(competence.organizationExternalId);
      institutionsByTopic.set(topic, set);
    }
  }
  const rows = (await db.query(
    `SELECT id, external_id, 'organization' AS type FROM organizations WHERE external_id LIKE 'demo:%'
     UNION ALL SELECT id, external_id, 'need' FROM needs WHERE external_id LIKE 'demo:%'`,
  )) as { id: string; external_id: string; type: string }[];
  const idOf = new Map(rows.map((row) => [`${row.type}:${row.external_id}`, row.id]));
  const labels = new Map<string, Set<string>>();
  const titles = new Map<string, string>();
  for (const need of catalogue.needs.filter(readable)) {
    const needTopics = topicsIn(`${need.title} ${need.description}`);
    // A need whose text names several topics has no single right answer: left out.
    if (needTopics.length !== 1) continue;
    const relevant = [...(institutionsByTopic.get(needTopics[0]) ?? [])].flatMap(
      (externalId) => idOf.get(`organization:${externalId}`) ?? [],
    );
    const id = idOf.get(`need:${need.externalId}`);
    if (!id || !relevant.length) continue;
    labels.set(id, new Set(relevant));
    titles.set(id, need.title);
  }
  return { name: 'demo (da/en)', labels, titles };
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The labelled set through the bulk import, the demo data, and the index caught up by the relay. */
async function load(
  app: INestApplicationContext,
  relay: INestApplicationContext,
  db: DataSource,
  dataset: string,
) {
  let started = performance.now();
  const report = await importRecords(db, createReadStream(join(dataset, 'import.jsonl')), {
    format: 'jsonl',
    actorUserId: null,
  });
  await seedDemoData({ users: app.get(UsersService), dataSource: db });
  const reasons = new Map<string, number>();
  for (const error of report.errors) reasons.set(error.message, (reasons.get(error.message) ?? 0) + 1);
  for (const [message, count] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 3)) {
    console.log(`  refused ${count}×: ${message}`);
  }
  console.log(
    `Imported ${report.lines} lines (${report.failed} refused) and seeded the demo data in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  started = performance.now();
  const relayed = await relay.get(OutboxRelay).drain();
  console.log(
    `Relayed ${relayed.relayed} changes to Meilisearch (${relayed.failed} failed) in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function main(): Promise<void> {
  const dataset = resolve(process.argv[2] ?? join(__dirname, '../../../../shared/datasets/cordis-dev'));
  // BENCH_DATA_DIR keeps the loaded services between runs (for tuning): only the first run loads them.
  const kept = process.env.BENCH_DATA_DIR;
  const work = kept ? resolve(kept) : await mkdtemp(join(tmpdir(), 'videnbro-bench-matching-'));
  const loaded = join(work, 'loaded');
  await mkdir(work, { recursive: true });
  try {
    await withBenchStack(work, { NODE_ENV: 'development', LOG_LEVEL: 'silent' }, async ({ app, config }) => {
      const relay = await NestFactory.createApplicationContext(BenchRelayModule.forRoot(config), {
        logger: false,
      });
      try {
        const db = app.get(DataSource);
        const catalogue = generateCatalogue();
        // Settings first, as the worker applies them at start; a no-op when they are as they should be.
        await relay.get(SearchIndex).prepare();
        if (!(await exists(loaded))) await load(app, relay, db, dataset);
        if (kept) await writeFile(loaded, '');

        const base = await listen(app);
        const get = async (path: string) => {
          const response = await fetch(`${base}${path}`);
          if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
          return response.json();
        };

        const table: string[][] = [];
        const latency: string[] = [];
        for (const set of [await labelledSet(db, dataset), await demoSet(db, catalogue)]) {
          const matching: Figures[] = [];
          const keyword: Figures[] = [];
          const times: number[] = [];
          const engine: number[] = [];
          for (const [needId, relevant] of set.labels) {
            const before = performance.now();
            const matches = (await get(`/needs/${needId}/matches?group=organization&limit=${K}`)) as {
              items: { id: string }[];
              processingTimeMs: number;
            };
            times.push(performance.now() - before);
            engine.push(matches.processingTimeMs);
            matching.push(
              figuresOf(
                matches.items.map((item) => item.id),
                relevant,
              ),
            );
            const q = encodeURIComponent((set.titles.get(needId) ?? '').slice(0, 200));
            const found = (await get(`/search?q=${q}&types=competence&limit=${SEARCH_PAGE}`)) as {
              hits: { organization: { id: string } }[];
            };
            keyword.push(figuresOf([...new Set(found.hits.map((hit) => hit.organization.id))], relevant));
          }
          const row = (method: string, figures: Figures) => [
            set.name,
            method,
            figures.ndcg.toFixed(3),
            figures.recall.toFixed(3),
            figures.hit.toFixed(3),
          ];
          table.push(row('matching (group=organization)', mean(matching)));
          table.push(row('keyword search (/search, title)', mean(keyword)));
          if (set.name !== 'demo (da/en)') {
            for (const [method, figures] of await referenceFigures(dataset)) {
              table.push(row(`reference: ${method}`, figures));
            }
          }
          times.sort((a, b) => a - b);
          engine.sort((a, b) => a - b);
          latency.push(
            `${set.name}: ${set.labels.size} labelled needs; match API at concurrency 1: ` +
              `p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms ` +
              `(Meilisearch processing p50 ${percentile(engine, 0.5)} ms, p95 ${percentile(engine, 0.95)} ms)`,
          );
        }
        const header = ['set', 'method', `nDCG@${K}`, `recall@${K}`, `hit@${K}`];
        console.log(['', ...markdownTable(header, table), ''].join('\n'));
        for (const entry of latency) console.log(entry);
      } finally {
        await relay.close();
      }
    });
  } finally {
    if (!kept) await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
