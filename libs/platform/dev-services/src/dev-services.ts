import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { withStartLock } from './files';
import { findRunningMeili, meiliPortInUse, MeiliServer, meiliUrl, MEILI_PORT_ENV } from './meilisearch';
import { findFreePort, isPortFree, resolvePort } from './ports';
import {
  ensureDatabase,
  findRunningPostgres,
  PostgresServer,
  postgresPortInUse,
  postgresUrl,
  POSTGRES_PORT_ENV,
} from './postgres';
import { ServiceContext } from './service-context';
import { DevServiceName, DevServices, DevServicesOptions, ServiceHandle, ServiceSource } from './types';

export const DEFAULT_POSTGRES_PORT = 5433;
export const DEFAULT_MEILI_PORT = 7701;

const nonEmpty = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** A server this call does not own (reused or external): it can be used, not stopped or started. */
function foreignHandle(
  name: string,
  source: Exclude<ServiceSource, 'started'>,
  url: string,
  port: number,
  pid?: number,
): ServiceHandle {
  const refuse = (action: string) => () =>
    Promise.reject(
      new Error(
        `Cannot ${action} ${name}: this call did not start it (it is ${source === 'reused' ? 'reused' : 'external'})`,
      ),
    );
  return { source, url, port, pid, stop: refuse('stop'), start: refuse('start') };
}

function portOf(url: string, fallback: number): number {
  try {
    return Number(new URL(url).port) || fallback;
  } catch {
    return fallback;
  }
}

/** The requested port, or a free one for 0; throws a PortInUseError when the requested one is taken. */
async function choosePort(
  setting: number,
  avoid: number[],
  inUse: (port: number) => Error,
): Promise<{ port: number; ourChoice: boolean }> {
  if (setting === 0) return { port: await findFreePort(avoid), ourChoice: true };
  if (avoid.includes(setting) || !(await isPortFree(setting))) throw inUse(setting);
  return { port: setting, ourChoice: false };
}

/**
 * PostgreSQL and Meilisearch for development, tests and e2e runs, kept under `options.dataDir`.
 *
 * For each service: when DATABASE_URL (MEILI_URL + MEILI_MASTER_KEY) is set, that server is used and
 * nothing is started. Else, when the server of this data dir already runs (another process started
 * it, e.g. `npm start`), it is reused and left running. Else it is started, and `stop()` stops it; so
 * do the exit of this process, however it ends (see processes.ts), and the next start after a crash
 * recovers stale pid files.
 */
export async function startDevServices(options: DevServicesOptions): Promise<DevServices> {
  const env = options.env ?? process.env;
  const log = options.logger ?? ((line: string) => console.log(line));
  const wanted = new Set<DevServiceName>(options.services ?? ['postgres', 'meilisearch']);
  const ctx: ServiceContext = { dataDir: resolve(options.dataDir), env, log };

  const externalDatabaseUrl = wanted.has('postgres') ? nonEmpty(env.DATABASE_URL) : undefined;
  const externalMeiliUrl = wanted.has('meilisearch') ? nonEmpty(env.MEILI_URL) : undefined;
  const externalMeiliKey = nonEmpty(env.MEILI_MASTER_KEY);
  if (externalMeiliUrl && !externalMeiliKey) {
    throw new Error(
      'MEILI_URL is set but MEILI_MASTER_KEY is not: set both to use that Meilisearch, or neither to have one started',
    );
  }
  const runPostgres = wanted.has('postgres') && !externalDatabaseUrl;
  const runMeili = wanted.has('meilisearch') && !externalMeiliUrl;
  const postgresPort = runPostgres
    ? resolvePort(options.postgresPort, env, POSTGRES_PORT_ENV, DEFAULT_POSTGRES_PORT)
    : 0;
  const meiliPort = runMeili ? resolvePort(options.meiliPort, env, MEILI_PORT_ENV, DEFAULT_MEILI_PORT) : 0;

  let postgres: ServiceHandle | undefined;
  let meili: ServiceHandle | undefined;
  let meiliMasterKey: string | undefined;
  let ownPostgres: PostgresServer | undefined;
  let ownMeili: MeiliServer | undefined;

  if (externalDatabaseUrl) {
    log('postgres: using DATABASE_URL (nothing started)');
    postgres = foreignHandle(
      'PostgreSQL',
      'external',
      externalDatabaseUrl,
      portOf(externalDatabaseUrl, 5432),
    );
  }
  if (externalMeiliUrl) {
    log(`meilisearch: using MEILI_URL (nothing started)`);
    meili = foreignHandle('Meilisearch', 'external', externalMeiliUrl, portOf(externalMeiliUrl, 80));
    meiliMasterKey = externalMeiliKey;
  }

  if (runPostgres || runMeili) {
    await mkdir(ctx.dataDir, { recursive: true });
    await withStartLock(ctx.dataDir, log, async () => {
      const runningPostgres = runPostgres ? await findRunningPostgres(ctx) : undefined;
      if (runningPostgres) {
        const { pid, port, password } = runningPostgres;
        await ensureDatabase(password, port, log);
        log(`postgres: reusing the server already running for ${ctx.dataDir} (pid ${pid}, port ${port})`);
        postgres = foreignHandle('PostgreSQL', 'reused', postgresUrl(password, port), port, pid);
      }
      const runningMeili = runMeili ? await findRunningMeili(ctx) : undefined;
      if (runningMeili) {
        const { pid, port, key } = runningMeili;
        log(`meilisearch: reusing the server already running for ${ctx.dataDir} (pid ${pid}, port ${port})`);
        meili = foreignHandle('Meilisearch', 'reused', meiliUrl(port), port, pid);
        meiliMasterKey = key;
      }

      // Everything that can fail before a process starts (ports, binaries, OS account) fails first.
      const taken: number[] = [];
      if (runPostgres && !runningPostgres) {
        const { port, ourChoice } = await choosePort(postgresPort, taken, postgresPortInUse);
        taken.push(port);
        ownPostgres = PostgresServer.prepare(ctx, port, ourChoice);
      }
      if (runMeili && !runningMeili) {
        const { port, ourChoice } = await choosePort(meiliPort, taken, meiliPortInUse);
        ownMeili = MeiliServer.prepare(ctx, port, ourChoice);
      }
      try {
        await ownPostgres?.start();
        await ownMeili?.start();
      } catch (error) {
        await ownMeili?.stop().catch(() => undefined);
        await ownPostgres?.stop().catch(() => undefined);
        throw error;
      }
      if (ownPostgres) postgres = ownPostgres;
      if (ownMeili) {
        meili = ownMeili;
        meiliMasterKey = ownMeili.masterKey;
      }
    });
  }

  const need = <T>(value: T | undefined, service: DevServiceName): T => {
    if (value === undefined) {
      throw new Error(
        `${service} was not requested: add '${service}' to the services option of startDevServices`,
      );
    }
    return value;
  };
  return {
    get databaseUrl() {
      return need(postgres, 'postgres').url;
    },
    get meiliUrl() {
      return need(meili, 'meilisearch').url;
    },
    get meiliMasterKey() {
      return need(meiliMasterKey, 'meilisearch');
    },
    get postgres() {
      return need(postgres, 'postgres');
    },
    get meili() {
      return need(meili, 'meilisearch');
    },
    async stop() {
      const results = await Promise.allSettled([ownMeili?.stop(), ownPostgres?.stop()]);
      const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failure) throw failure.reason;
    },
  };
}
