import 'reflect-metadata';
import { runMigrations } from '@videnbro/database';
import { startDevServices } from '@videnbro/dev-services';
import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { runImport } from './import.command';

/**
 * `npm run bench:import [-- <file.jsonl>]`: imports a file (by default 100,000 generated lines) into a
 * fresh embedded PostgreSQL and prints lines per second and the process's peak memory, sampled while
 * it runs, so that a growing footprint shows. A benchmark that prints figures, not a test.
 */

const LINES = 100_000;
const POSTINGS_PER_ORGANIZATION = 49;

/** A valid CVR number from a 7-digit base, or null when no check digit fits (modulus 11). */
function cvrFrom(base: number): string | null {
  const digits = String(base).padStart(7, '0');
  const weights = [2, 7, 6, 5, 4, 3, 2];
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : `${digits}${check}`;
}

/** Organisations, each followed by its postings: SMEs with needs, universities with competencies. */
async function generate(file: string, lines: number): Promise<void> {
  const out = createWriteStream(file);
  const write = async (record: object) => {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  };
  let written = 0;
  for (let org = 0; written < lines; org += 1) {
    const sme = org % 4 !== 0;
    const orgId = `bench:org:${org}`;
    await write({
      type: 'organization',
      externalId: orgId,
      name: `Benchmark ${sme ? 'ApS' : 'Universitet'} ${org}`,
      kind: sme ? 'sme' : 'university',
      municipality: ['Aarhus', 'Odense', 'Aalborg', 'København', 'Roskilde'][org % 5],
      cvr: sme ? (cvrFrom(3_000_000 + org) ?? undefined) : undefined,
      employees: sme ? 5 + (org % 200) : undefined,
      nace: sme ? ['62.01.00'] : undefined,
      tags: ['benchmark', `tag-${org % 50}`],
    });
    written += 1;
    for (let index = 0; index < POSTINGS_PER_ORGANIZATION && written < lines; index += 1) {
      await write({
        type: sme ? 'need' : 'competence',
        externalId: `bench:${sme ? 'need' : 'comp'}:${org}:${index}`,
        organization: orgId,
        title: `Benchmark ${sme ? 'need' : 'competence'} ${org}-${index}`,
        description: `A generated posting for the import benchmark, number ${index} of organisation ${org}.`,
        tags: ['benchmark', `topic-${index % 30}`],
        formats: ['contract_research', 'student_project'],
        ...(sme ? { partnerKinds: ['university'] } : {}),
      });
      written += 1;
    }
  }
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'videnbro-bench-import-'));
  // Embedded PostgreSQL runs as the `postgres` user when started as root: it must reach the data dir.
  await chmod(work, 0o711);
  let peak = process.memoryUsage().rss;
  const samples: number[] = [];
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    samples.push(rss);
  }, 100);
  try {
    const file = process.argv[2] ?? join(work, 'bench.jsonl');
    if (!process.argv[2]) {
      console.log(`Generating ${LINES} lines…`);
      await generate(file, LINES);
    }
    // A fresh database of its own on a free port, whatever DATABASE_URL says.
    const services = await startDevServices({
      dataDir: join(work, 'data'),
      env: { PATH: process.env.PATH },
      services: ['postgres'],
      postgresPort: 0,
      logger: () => undefined,
    });
    try {
      await runMigrations(services.databaseUrl);
      // With --expose-gc (as npm run bench:import runs it) the heap figures are what is retained, not garbage.
      (globalThis as { gc?: () => void }).gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      samples.length = 0;
      const report = await runImport(services.databaseUrl, { file, dryRun: false, atomic: false });
      const seconds = (performance.now() - started) / 1000;
      (globalThis as { gc?: () => void }).gc?.();
      const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
      const quartile = (share: number) =>
        mb(samples[Math.min(samples.length - 1, Math.floor(samples.length * share))] ?? 0);
      console.log(
        `bench:import ${report.lines} lines in ${seconds.toFixed(1)} s = ${Math.round(report.lines / seconds)} lines/s; ` +
          `peak RSS ${mb(peak)}; RSS at 25/50/75/100 %: ${[0.25, 0.5, 0.75, 1].map(quartile).join(' / ')}; ` +
          // The report keeps each record's externalId and id: that part grows with the file by design.
          // Anything else retained would show as growth in the heap after.
          `heap used ${mb(heapBefore)} before, ${mb(process.memoryUsage().heapUsed)} after (with the report)`,
      );
      if (report.failed) process.exitCode = 1;
    } finally {
      await services.stop();
    }
  } finally {
    clearInterval(sampler);
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
