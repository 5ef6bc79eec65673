import {
  buildBundle,
  Bundle,
  createTestContext,
  TestContext,
  WORKSPACE_ROOT as root,
} from '@videnbro/testing';
import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

let bundle: Bundle;
// Its own database and index prefix: test files run side by side, and a database in use (such as the
// migrated template the others are copied from) cannot be copied.
let context: TestContext;

beforeAll(async () => {
  bundle = buildBundle('apps/worker/src/main.ts');
  context = await createTestContext();
});
afterAll(async () => {
  bundle.remove();
  await context.cleanup();
});

/** The worker as it ships: bundled, started as a process, stopped with a signal. */
describe('worker process', () => {
  it('starts, logs JSON and shuts down cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [bundle.file], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: context.config.database.url,
        MEILI_URL: context.config.meili.url,
        MEILI_MASTER_KEY: context.config.meili.masterKey,
        MEILI_INDEX_PREFIX: context.config.meili.indexPrefix,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const messages: string[] = [];
    const started = new Promise<void>((resolveStarted) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const entry = JSON.parse(line) as { msg: string };
        messages.push(entry.msg);
        if (entry.msg === 'Worker started') resolveStarted();
      });
    });
    const exited = new Promise<number | null>((resolveExit) =>
      child.once('exit', (code) => resolveExit(code)),
    );
    await started;
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(messages).toEqual(
      expect.arrayContaining(['Worker started', 'Worker stopping (SIGTERM)', 'Worker stopped']),
    );
  });

  it('refuses to start with a bad configuration and names the variable', () => {
    let output = '';
    try {
      execFileSync(process.execPath, [bundle.file], {
        cwd: root,
        env: { PATH: process.env.PATH, MEILI_URL: 'not a url' },
        stdio: 'pipe',
      });
    } catch (error) {
      output = String((error as { stderr: Buffer }).stderr);
      expect((error as { status: number }).status).toBe(1);
    }
    expect(output).toContain('DATABASE_URL is required');
    expect(output).toContain('MEILI_URL');
  });
});
