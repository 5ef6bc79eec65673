import 'reflect-metadata';
import { UsersService } from '@videnbro/auth';
import { DEMO_PASSWORD, DEMO_USERS, generateCatalogue, seedDemoData } from '@videnbro/demo-data';
import { OutboxRelay, SearchIndex } from '@videnbro/search-index';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { listen, withBenchStack } from './bench-stack';
import { markdownTable, percentile } from './bench-timing';

/**
 * `npm run bench:load`: the API under a mixed load, measured, not asserted. On the embedded stack with
 * the demo data, LOAD_CONNECTIONS (default 50) connections send requests back to back for
 * LOAD_SECONDS (default 60): 70 % searches (anonymous and signed in, terms from the demo catalogue),
 * 20 % matches for open needs and competencies, 10 % writes by the demo SME's owner (a new need, or an
 * update of one), after a warm-up at the same load. Prints requests per second, p50/p95/p99 per kind,
 * the answers that were not the expected status (should be 0), and the process's memory before and
 * after.
 */

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const WARMUP_SECONDS = Math.min(10, SECONDS / 6);
/** Out of every 10 requests: 7 searches, 2 matches, 1 write. */
const MIX = ['search', 'search', 'search', 'search', 'search', 'search', 'search', 'match', 'match', 'write'];

type Kind = 'search' | 'match' | 'write';

interface Memory {
  rss: number;
  heapUsed: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const growth = (before: number, after: number) => `${(((after - before) / before) * 100).toFixed(1)} %`;

/** Memory after a full collection (the script runs with --expose-gc), so growth is what stays. */
function memory(): Memory {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'videnbro-bench-load-'));
  try {
    await withBenchStack(work, { NODE_ENV: 'production', LOG_LEVEL: 'error' }, async ({ app }) => {
      const db = app.get(DataSource);
      await app.get(SearchIndex).prepare();
      await seedDemoData({ users: app.get(UsersService), dataSource: db });
      await app.get(OutboxRelay).drain();
      const base = await listen(app);

      const smeOwner = DEMO_USERS.find((user) => user.membership?.of === 'sme');
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: smeOwner?.email, password: DEMO_PASSWORD }),
      });
      if (!login.ok) throw new Error(`Sign-in failed: ${login.status} ${await login.text()}`);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const signedIn = { authorization: `Bearer ${accessToken}` };
      const {
        items: [membership],
      } = (await (await fetch(`${base}/me/organizations`, { headers: signedIn })).json()) as {
        items: { organization: { id: string } }[];
      };

      // Search terms: the demo catalogue's tags, as people pick them from postings.
      const catalogue = generateCatalogue();
      const terms = [...new Set([...catalogue.needs, ...catalogue.competencies].flatMap((p) => p.tags))];
      const matchPaths = (
        (await db.query(
          `(SELECT 'needs/' || id AS path FROM needs WHERE status = 'open' AND visibility = 'public' LIMIT 20)
           UNION ALL
           (SELECT 'competencies/' || id FROM competencies WHERE status = 'open' AND visibility = 'public' LIMIT 20)`,
        )) as { path: string }[]
      ).map(({ path }) => `/${path}/matches`);
      const ownNeeds: string[] = [];

      let sent = 0;
      const request = async (kind: Kind, n: number): Promise<{ ok: boolean; what: string }> => {
        const caller = n % 2 === 0 ? signedIn : {};
        if (kind === 'search') {
          const term = terms[n % terms.length];
          const response = await fetch(`${base}/search?q=${encodeURIComponent(term)}`, { headers: caller });
          await response.arrayBuffer();
          return { ok: response.status === 200, what: `GET /search ${response.status}` };
        }
        if (kind === 'match') {
          const response = await fetch(`${base}${matchPaths[n % matchPaths.length]}`, { headers: caller });
          await response.arrayBuffer();
          return { ok: response.status === 200, what: `GET matches ${response.status}` };
        }
        // Every other write updates one of the needs this run created; the rest create needs.
        const update = ownNeeds.length > 0 && n % 2 === 0;
        const response = await fetch(
          update ? `${base}/needs/${ownNeeds[n % ownNeeds.length]}` : `${base}/needs`,
          {
            method: update ? 'PATCH' : 'POST',
            headers: { ...signedIn, 'content-type': 'application/json' },
            body: JSON.stringify({
              ...(update ? {} : { organizationId: membership.organization.id, visibility: 'registered' }),
              title: `Load test need number ${n}`,
              description: `A need written by the load benchmark (${terms[n % terms.length]}).`,
              tags: [terms[n % terms.length]],
            }),
          },
        );
        const body = (await response.json()) as {
          id?: string;
          message?: string;
          details?: { message: string }[];
        };
        if (!update && response.status === 201 && body.id) ownNeeds.push(body.id);
        return {
          ok: response.status === (update ? 200 : 201),
          what: `${update ? 'PATCH /needs/:id' : 'POST /needs'} ${response.status} ${body.details?.[0]?.message ?? body.message ?? ''}`,
        };
      };

      const latencies: Record<Kind, number[]> = { search: [], match: [], write: [] };
      const unexpected = new Map<string, number>();
      /** All connections sending the mix back to back for `seconds`; with `record`, counted. */
      const drive = (seconds: number, record: boolean) => {
        const until = performance.now() + seconds * 1000;
        return Promise.all(
          Array.from({ length: CONNECTIONS }, async () => {
            while (performance.now() < until) {
              const n = sent++;
              const kind = MIX[n % MIX.length] as Kind;
              const begin = performance.now();
              const outcome = await request(kind, n).catch((error: unknown) => ({
                ok: false,
                what: `${kind}: ${error instanceof Error ? error.message : String(error)}`,
              }));
              if (!record) continue;
              latencies[kind].push(performance.now() - begin);
              if (!outcome.ok) unexpected.set(outcome.what, (unexpected.get(outcome.what) ?? 0) + 1);
            }
          }),
        );
      };

      // A warm-up at full load first (pools, sockets, caches and JIT reach their working size), so
      // that the memory growth is what the measured run adds.
      await drive(WARMUP_SECONDS, false);
      const before = memory();
      const started = performance.now();
      await drive(SECONDS, true);
      const seconds = (performance.now() - started) / 1000;
      const after = memory();

      const all = Object.values(latencies).flat();
      const row = (what: string, values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        return [
          what,
          String(values.length),
          (values.length / seconds).toFixed(0),
          percentile(sorted, 0.5).toFixed(1),
          percentile(sorted, 0.95).toFixed(1),
          percentile(sorted, 0.99).toFixed(1),
        ];
      };
      const failures = [...unexpected.values()].reduce((sum, count) => sum + count, 0);
      console.log(
        [
          '',
          `Mixed load: ${CONNECTIONS} connections for ${seconds.toFixed(1)} s (LOAD_CONNECTIONS, LOAD_SECONDS) ` +
            `after ${WARMUP_SECONDS.toFixed(0)} s of warm-up; ` +
            `${terms.length} search terms, ${matchPaths.length} match targets, demo data`,
          ...markdownTable(
            ['requests', 'count', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms'],
            [
              row('all', all),
              row('search (70 %)', latencies.search),
              row('matches (20 %)', latencies.match),
              row('writes (10 %)', latencies.write),
            ],
          ),
          `Unexpected answers: ${failures}${[...unexpected].map(([what, count]) => `\n  ${what}: ${count}`).join('')}`,
          // The load generator runs in the API's process: its share is the latency lists above.
          `API process memory after a full GC: RSS ${mb(before.rss)} → ${mb(after.rss)} ` +
            `(${growth(before.rss, after.rss)}), heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} ` +
            `(${growth(before.heapUsed, after.heapUsed)})`,
        ].join('\n'),
      );
      if (failures) process.exitCode = 1;
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
