// Starts real PostgreSQL and Meilisearch processes, in temporary data dirs on free ports.
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { Client } from 'pg';
import { DevServices, PortInUseError, startDevServices } from './index';
import { isAlive as running } from './processes';

/** Whether the process runs (a zombie, left by an orphan that pid 1 does not reap, does not). */
const isAlive = (pid: number | undefined) => pid !== undefined && running(pid);

async function waitUntil(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Watchdog shells still waiting to guard `pid` (Linux). */
function watchdogsFor(pid: number): string[] {
  if (process.platform !== 'linux') return [];
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => {
      try {
        return readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      } catch {
        return [];
      }
    })
    .filter((args) => args.includes('videnbro-dev-services-watchdog') && args.includes(String(pid)))
    .map((args) => args.join(' '));
}

async function query<T = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

function meiliRequest(
  services: DevServices,
  method: string,
  path: string,
  body?: unknown,
  key: string | null = services.meiliMasterKey,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      `${services.meiliUrl}${path}`,
      {
        method,
        agent: false,
        headers: {
          ...(key ? { Authorization: `Bearer ${key}` } : {}),
          ...(payload ? { 'Content-Type': 'application/json' } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : {} }));
      },
    );
    req.on('error', fail);
    req.end(payload);
  });
}

async function meiliTask(services: DevServices, method: string, path: string, body?: unknown): Promise<void> {
  const { json } = await meiliRequest(services, method, path, body);
  for (;;) {
    const task = (await meiliRequest(services, 'GET', `/tasks/${json.taskUid}`)).json;
    if (task.status === 'succeeded') return;
    if (task.status === 'failed' || task.status === 'canceled') throw new Error(JSON.stringify(task));
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function searchHits(services: DevServices, q: string): Promise<unknown[]> {
  const { status, json } = await meiliRequest(services, 'POST', '/indexes/notes/search', { q });
  expect(status).toBe(200);
  return json.hits as unknown[];
}

async function notes(services: DevServices): Promise<string[]> {
  const rows = await query<{ body: string }>(services.databaseUrl, 'select body from notes order by id');
  return rows.map((row) => row.body);
}

const temporaryDirs: string[] = [];
async function temporaryDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dev-services-it-'));
  temporaryDirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of temporaryDirs) await rm(dir, { recursive: true, force: true });
});

describe('startDevServices in a data dir of its own', () => {
  let dataDir: string;
  let current: DevServices | undefined;
  const lines: string[] = [];
  const start = (logger = (line: string) => void lines.push(line)) =>
    startDevServices({ dataDir, env: {}, postgresPort: 0, meiliPort: 0, logger });

  beforeAll(async () => {
    dataDir = await temporaryDir();
    current = await start();
  });
  afterAll(() => current?.stop());

  it('serves the videnbro database and a Meilisearch that needs the master key', async () => {
    const services = current as DevServices;
    expect(services.postgres.source).toBe('started');
    expect(services.meili.source).toBe('started');
    expect(services.databaseUrl).toMatch(/^postgres:\/\/videnbro:[0-9a-f]{48}@127\.0\.0\.1:\d+\/videnbro$/);
    expect(services.meiliUrl).toBe(`http://127.0.0.1:${services.meili.port}`);
    expect(services.meiliMasterKey.length).toBeGreaterThanOrEqual(32);

    const [row] = await query(services.databaseUrl, 'select current_database() as db, upper($1) as up', [
      'æøå',
    ]);
    expect(row).toEqual({ db: 'videnbro', up: 'ÆØÅ' });
    await query(services.databaseUrl, 'create table notes (id int primary key, body text not null)');
    await query(services.databaseUrl, "insert into notes values (1, 'first')");

    expect((await meiliRequest(services, 'GET', '/indexes', undefined, null)).status).toBe(401);
    await meiliTask(services, 'POST', '/indexes', { uid: 'notes', primaryKey: 'id' });
    await meiliTask(services, 'POST', '/indexes/notes/documents', [
      { id: 1, title: 'Æbleskiver med flæsk' },
      { id: 2, title: 'Rugbrød' },
    ]);
    expect(await searchHits(services, 'flæsk')).toEqual([{ id: 1, title: 'Æbleskiver med flæsk' }]);

    for (const secret of ['postgres-password', 'meili-master-key']) {
      expect((await stat(join(dataDir, secret))).mode & 0o777).toBe(0o600);
    }
    const password = decodeURIComponent(new URL(services.databaseUrl).password);
    const log = lines.join('\n');
    expect(log).toMatch(/postgres: started on 127\.0\.0\.1:\d+/);
    expect(log).not.toContain(password);
    expect(log).not.toContain(services.meiliMasterKey);
  });

  it('lets a second call on the same data dir reuse the servers, and its stop() leaves them running', async () => {
    const first = current as DevServices;
    const second = await start();
    expect(second.postgres.source).toBe('reused');
    expect(second.meili.source).toBe('reused');
    expect(second.databaseUrl).toBe(first.databaseUrl);
    expect(second.meiliUrl).toBe(first.meiliUrl);
    expect(second.meiliMasterKey).toBe(first.meiliMasterKey);
    expect(second.postgres.pid).toBe(first.postgres.pid);
    expect(await notes(second)).toEqual(['first']);
    await expect(second.postgres.stop()).rejects.toThrow(/did not start it/);
    await second.stop();
    expect(isAlive(first.postgres.pid)).toBe(true);
    expect(isAlive(first.meili.pid)).toBe(true);
    expect(await notes(first)).toEqual(['first']);
    expect(await searchHits(first, 'rugbrød')).toHaveLength(1);
  });

  it('stops and restarts Meilisearch on the same port, keeping its documents', async () => {
    const services = current as DevServices;
    const { port, pid } = services.meili;
    await services.meili.stop();
    expect(isAlive(pid)).toBe(false);
    expect(services.meili.pid).toBeUndefined();
    await expect(meiliRequest(services, 'GET', '/health')).rejects.toThrow(/ECONNREFUSED/);
    expect(await notes(services)).toEqual(['first']); // PostgreSQL carries on
    await services.meili.start();
    expect(services.meili.port).toBe(port);
    expect(services.meili.pid).not.toBe(pid);
    expect(await searchHits(services, 'flæsk')).toHaveLength(1);
  });

  it('stops and restarts PostgreSQL on the same port, keeping its data', async () => {
    const services = current as DevServices;
    const { port, pid } = services.postgres;
    const url = services.databaseUrl;
    await services.postgres.stop();
    expect(isAlive(pid)).toBe(false);
    await expect(query(url, 'select 1')).rejects.toThrow(/ECONNREFUSED/);
    await services.postgres.start();
    expect(services.postgres.port).toBe(port);
    expect(services.databaseUrl).toBe(url);
    expect(await notes(services)).toEqual(['first']);
  });

  it('stops everything it started, and a new start on the same data dir finds the data again', async () => {
    const services = current as DevServices;
    const pids = [services.postgres.pid as number, services.meili.pid as number];
    await services.stop();
    await services.stop(); // idempotent
    for (const pid of pids) {
      expect(isAlive(pid)).toBe(false);
      await waitUntil(() => watchdogsFor(pid).length === 0, 5_000);
    }
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(JSON.parse(await readFile(join(dataDir, 'services.json'), 'utf8'))).toEqual({});
    current = undefined;

    current = await start();
    expect(current.postgres.source).toBe('started');
    expect(await notes(current)).toEqual(['first']);
    expect(await searchHits(current, 'flæsk')).toHaveLength(1);
  });

  it('recovers from SIGKILLed servers: a stale postmaster.pid and a stale services.json record', async () => {
    const killed = current as DevServices;
    const pids = [killed.postgres.pid as number, killed.meili.pid as number];
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    await waitUntil(() => pids.every((pid) => !isAlive(pid)));
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
    lines.length = 0;

    current = await start();
    expect(current.postgres.source).toBe('started');
    expect(current.meili.source).toBe('started');
    expect(lines.join('\n')).toContain('postgres: removed a stale postmaster.pid');
    expect(lines.join('\n')).toContain('meilisearch: ignored a stale record in services.json');
    expect(await notes(current)).toEqual(['first']);
    expect(await searchHits(current, 'flæsk')).toHaveLength(1);
    // The old handle has nothing left to stop, and must not touch the new servers.
    await killed.stop();
    expect(isAlive(current.postgres.pid)).toBe(true);
    expect(isAlive(current.meili.pid)).toBe(true);
  });

  it('ignores pid files whose pid now belongs to another program', async () => {
    await (current as DevServices).stop();
    current = undefined;
    const stranger = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      const pid = stranger.pid as number;
      const pgDir = join(dataDir, 'postgres');
      await writeFile(
        join(pgDir, 'postmaster.pid'),
        `${pid}\n${pgDir}\n1\n5432\n\n127.0.0.1\n0 0\nready   \n`,
      );
      await writeFile(join(dataDir, 'services.json'), JSON.stringify({ meilisearch: { pid, port: 1 } }));
      current = await start();
      expect(current.postgres.source).toBe('started');
      expect(current.meili.source).toBe('started');
      expect(await notes(current)).toEqual(['first']);
      expect(isAlive(pid)).toBe(true);
    } finally {
      stranger.kill('SIGKILL');
    }
  });
});

describe('startDevServices on a busy port', () => {
  let blocker: Server;
  let busyPort: number;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    busyPort = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((done) => blocker.close(() => done())));

  it('says which port is taken and what to set, and starts nothing', async () => {
    const dataDir = await temporaryDir();
    const attempt = startDevServices({
      dataDir,
      env: {},
      postgresPort: busyPort,
      meiliPort: 0,
      logger: () => undefined,
    });
    await expect(attempt).rejects.toThrow(PortInUseError);
    await expect(attempt).rejects.toThrow(
      `Port ${busyPort} is in use by another program, so PostgreSQL cannot start there. ` +
        'Set DEV_POSTGRES_PORT to a free port (0 picks one) or stop that program.',
    );
    const meiliAttempt = startDevServices({
      dataDir,
      env: { DEV_MEILI_PORT: String(busyPort) },
      postgresPort: 0,
      logger: () => undefined,
    });
    await expect(meiliAttempt).rejects.toThrow(
      `Port ${busyPort} is in use by another program, so Meilisearch`,
    );
    await expect(meiliAttempt).rejects.toThrow(/DEV_MEILI_PORT/);
    expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
    expect(existsSync(join(dataDir, 'meilisearch'))).toBe(false);
  });
});

describe('when the process that started the servers dies', () => {
  const workspace = resolve(__dirname, '../../../..');
  let driverDir: string;
  let dataDir: string;

  beforeAll(async () => {
    driverDir = await temporaryDir();
    dataDir = await temporaryDir();
    // The library as the apps ship it: bundled by esbuild, run by plain Node outside Jest.
    await build({
      entryPoints: [join(__dirname, 'index.ts')],
      outfile: join(driverDir, 'dev-services.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      logLevel: 'silent',
    });
    await writeFile(
      join(driverDir, 'driver.cjs'),
      `const { startDevServices } = require('./dev-services.cjs');
const [dataDir, mode] = process.argv.slice(2);
startDevServices({ dataDir, env: {}, postgresPort: 0, meiliPort: 0, logger: () => {} }).then((services) => {
  console.log(JSON.stringify({ postgres: services.postgres.pid, meili: services.meili.pid }));
  if (mode === 'crash') setTimeout(() => { throw new Error('crash on purpose'); }, 50);
  else setInterval(() => {}, 1000);
});
`,
    );
  });

  function runDriver(mode: 'crash' | 'wait'): Promise<{ child: ChildProcess; pids: number[] }> {
    const child = spawn(process.execPath, [join(driverDir, 'driver.cjs'), dataDir, mode], {
      env: { ...process.env, NODE_PATH: join(workspace, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return new Promise((done, fail) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
        if (line) {
          const { postgres, meili } = JSON.parse(line) as { postgres: number; meili: number };
          done({ child, pids: [postgres, meili] });
        }
      });
      child.once('exit', (code) => fail(new Error(`driver exited (${code}) before starting:\n${output}`)));
    });
  }

  it('leaves no server behind when it is SIGKILLed', async () => {
    const { child, pids } = await runDriver('wait');
    expect(pids.every(isAlive)).toBe(true);
    child.kill('SIGKILL');
    await waitUntil(() => pids.every((pid) => !isAlive(pid)));
    // PostgreSQL got SIGINT (a clean fast shutdown), so it removed its pid file.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('leaves no server behind when it crashes', async () => {
    const { child, pids } = await runDriver('crash');
    await new Promise((done) => child.once('exit', done));
    expect(child.exitCode).toBe(1);
    await waitUntil(() => pids.every((pid) => !isAlive(pid)));
    for (const pid of pids) await waitUntil(() => watchdogsFor(pid).length === 0, 5_000);
  });
});
