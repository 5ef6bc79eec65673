import { buildBundle, createTestDatabase, testEnv, WORKSPACE_ROOT } from '@videnbro/testing';
import type { Bundle, TestDatabase } from '@videnbro/testing';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkToken, mailsTo } from './test-mail';

/**
 * The API as it ships (bundled, its own process, production configuration, debug logging) with its
 * output captured to a file. Sign-ups, sign-ins, a password reset and an email change with known
 * secrets go through it; then the log must hold none of them.
 */
let bundle: Bundle;
let database: TestDatabase;
let dir: string;
let api: ChildProcess;
let base: string;
const logFile = () => join(dir, 'api.log');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  bundle = buildBundle('apps/api/src/main.ts');
  database = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'videnbro-logscan-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const log = createWriteStream(logFile());
  api = spawn(process.execPath, [bundle.file], {
    cwd: WORKSPACE_ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      LOG_LEVEL: 'debug',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: base,
      DATABASE_URL: database.url,
      MEILI_URL: testEnv('meiliUrl'),
      MEILI_MASTER_KEY: testEnv('meiliKey'),
      MEILI_INDEX_PREFIX: `logscan${port}_`,
      CASE_LINK_SECRET: 'c'.repeat(64),
      DATA_DIR: dir,
      WEB_DIST: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout?.pipe(log);
  api.stderr?.pipe(log);
  // Ready when the health probe answers (a failed start ends the test by its timeout, log in hand).
  for (;;) {
    const ok = await fetch(`${base}/api/health/live`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 120_000);

afterAll(async () => {
  if (api && api.exitCode === null && api.signalCode === null) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
  }
  bundle?.remove();
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

async function call(
  method: string,
  path: string,
  options: { body?: object; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.body ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers };
}

describe('the logs', () => {
  it('hold no password, token, cookie, Authorization header or email address', async () => {
    const email = 'logscan.person@hemmelig-firma.dk';
    const newEmail = 'logscan.new@andet-hemmeligt.dk';
    const passwords = ['first-Secret-phrase-4711', 'wrong-Secret-guess-0815', 'second-Secret-phrase-2042'];
    const secrets: string[] = [email, newEmail, ...passwords];

    const registered = await call('POST', '/api/v1/auth/register', {
      body: { email, password: passwords[0], name: 'Log Scan' },
    });
    expect(registered.status).toBe(201);
    secrets.push(registered.json.accessToken);

    expect(
      (await call('POST', '/api/v1/auth/login', { body: { email, password: passwords[1] } })).status,
    ).toBe(401);
    const signedIn = await call('POST', '/api/v1/auth/login', { body: { email, password: passwords[0] } });
    expect(signedIn.status).toBe(200);
    const token: string = signedIn.json.accessToken;
    secrets.push(token);
    const cookie = `videnbro_session=${token}`;
    expect(
      (await call('GET', '/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200);
    expect((await call('GET', '/api/v1/auth/me', { headers: { cookie } })).status).toBe(200);
    expect(
      (
        await call('PATCH', '/api/v1/auth/me', {
          headers: { cookie, origin: base },
          body: { name: 'Log Scan 2' },
        })
      ).status,
    ).toBe(200);

    expect((await call('POST', '/api/v1/auth/password-reset', { body: { email } })).status).toBe(202);
    expect(
      (await call('POST', '/api/v1/auth/password-reset', { body: { email: 'unknown.person@nowhere.dk' } }))
        .status,
    ).toBe(202);
    secrets.push('unknown.person@nowhere.dk');
    const resetToken = linkToken((await mailsTo(dir, email))[0], '/reset-password/');
    secrets.push(resetToken);
    expect(
      (await call('POST', `/api/v1/auth/password-reset/${resetToken}`, { body: { password: passwords[2] } }))
        .status,
    ).toBe(204);

    const again = await call('POST', '/api/v1/auth/login', { body: { email, password: passwords[2] } });
    const headers = { authorization: `Bearer ${again.json.accessToken}` };
    secrets.push(again.json.accessToken);
    expect(
      (await call('POST', '/api/v1/me/email', { headers, body: { newEmail, password: passwords[2] } }))
        .status,
    ).toBe(202);
    const confirmToken = linkToken((await mailsTo(dir, newEmail))[0], '/confirm-email/');
    secrets.push(confirmToken);
    expect((await call('POST', `/api/v1/me/email/confirm/${confirmToken}`)).status).toBe(204);
    expect((await call('GET', '/api/v1/me/export', { headers })).status).toBe(200);
    expect((await call('POST', '/api/v1/auth/logout', { headers })).status).toBe(204);

    // Stop the process so everything it logged is in the file.
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
    const log = await readFile(logFile(), 'utf8');
    const requests = log.split('\n').filter((line) => line.includes('"req":'));
    // One line per request above (health probes are not logged).
    expect(requests.length).toBeGreaterThanOrEqual(14);
    expect(log).toContain('/api/v1/auth/password-reset/[redacted]');
    expect(log).toContain('/api/v1/me/email/confirm/[redacted]');

    expect(secrets.filter((secret) => log.includes(secret))).toEqual([]);
    expect(log).not.toMatch(/bearer\s/i);
    expect(log).not.toContain('videnbro_session=');
    expect(log).not.toMatch(/"(authorization|cookie|password)"/i);
    expect(log.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? []).toEqual([]);
  });
});
