// `npm test`: lint, typecheck, unit, integration and end-to-end tests, one after the other, each run
// even when an earlier one failed, then one summary line summed over every runner:
// "N passed, N failed[, N skipped]". Lint, format, typecheck, build, the web size budget and the compose check
// count as one test each. Usage: run-tests.mjs [stage …] to run some stages only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'dist/test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const env = { ...process.env, NX_NO_CLOUD: 'true', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(title, command, args) {
  console.log(`\n=== ${title} ===\n$ ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(
    `=== ${title}: ${status === 0 ? 'ok' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s ===`,
  );
  return status === 0;
}

function check(title, command, args) {
  if (only.length && !only.includes(title)) return;
  if (run(title, command, args)) totals.passed++;
  else {
    totals.failed++;
    failures.push(title);
  }
}

/** A runner's own counts from its JSON report; a run that crashed before reporting counts as one failure. */
function suite(title, command, args, reportFile, count) {
  if (only.length && !only.includes(title)) return;
  const ok = run(title, command, args);
  if (!existsSync(reportFile)) {
    totals.failed++;
    failures.push(`${title} (no report)`);
    return;
  }
  const counted = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  totals.passed += counted.passed;
  totals.failed += counted.failed;
  totals.skipped += counted.skipped;
  if (!ok || counted.failed) failures.push(title);
  if (!ok && !counted.failed) {
    totals.failed++;
  }
}

const jestCounts = (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
  skipped: report.numPendingTests + report.numTodoTests,
});
const playwrightCounts = (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected,
  skipped: report.stats.skipped,
});

check('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--output-style=static']);
check('format', 'npx', ['prettier', '--check', '.']);
// The whole workspace in two TypeScript programs (server and browser) checks each file once; the
// projects' own typecheck targets (nx run <project>:typecheck) re-check their dependencies each time.
check('typecheck', 'npm', ['run', 'typecheck']);
if (spawnSync('sh', ['-c', 'command -v docker-compose']).status === 0) {
  check('compose', 'bash', ['docker/check-compose.sh']);
} else if (!only.length || only.includes('compose')) {
  console.log('\n=== compose ===\nskipped: docker-compose is not installed (apt-get install docker-compose)');
  totals.skipped++;
}
check('build', 'npx', ['nx', 'run-many', '-t', 'build', '--output-style=static']);
check('web-size', 'npx', ['nx', 'run', 'web:size', '--output-style=static']);
// Jest's default leaves a core to itself (one worker on two cores); the test files keep it busy enough
// that a worker per core finishes sooner (unit 155 s instead of 246 s, integration 5 min instead of 8 here).
const workers = '--maxWorkers=100%';
suite(
  'unit',
  'npx',
  ['jest', '-c', 'libs/platform/build/jest.unit.cjs', workers, '--json', `--outputFile=${results}/unit.json`],
  `${results}/unit.json`,
  jestCounts,
);
suite(
  'integration',
  'npx',
  [
    'jest',
    '-c',
    'libs/platform/testing/jest.integration.cjs',
    workers,
    '--json',
    `--outputFile=${results}/integration.json`,
  ],
  `${results}/integration.json`,
  jestCounts,
);
suite(
  'e2e',
  'npx',
  ['playwright', 'test', '-c', 'e2e/playwright.config.ts'],
  `${results}/e2e.json`,
  playwrightCounts,
);

console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nAll green.');
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed ? 1 : 0);
