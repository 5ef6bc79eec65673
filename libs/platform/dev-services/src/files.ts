import { randomBytes } from 'node:crypto';
import { chmod, link, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isAlive } from './processes';

/** Reads a secret kept in a file of its own; undefined when the file is missing or empty. Fixes a too-open mode. */
export async function readSecret(file: string): Promise<string | undefined> {
  let value: string;
  try {
    value = (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (!value) return undefined;
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  return value;
}

/**
 * The secret in `file`, generated and written (mode 0600) when there is none yet. Written to a temporary
 * file and linked into place, so a reader never sees half a secret and two concurrent callers agree.
 */
export async function readOrCreateSecret(file: string, generate: () => string): Promise<string> {
  const existing = await readSecret(file);
  if (existing) return existing;
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, `${generate()}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another caller won the race (keep theirs), or an interrupted write left an empty file (replace it).
    if (!(await readSecret(file))) await rename(temporary, file);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  const value = await readSecret(file);
  if (!value) throw new Error(`Could not write ${file}`);
  return value;
}

/** What `startDevServices` started in a data dir, so that another process can find and reuse it. */
export interface ServicesState {
  postgres?: { pid: number; port: number };
  meilisearch?: { pid: number; port: number };
}

const STATE_FILE = 'services.json';

export async function readState(dataDir: string): Promise<ServicesState> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(dataDir, STATE_FILE), 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as ServicesState) : {};
  } catch {
    return {};
  }
}

/** Read, change and atomically rewrite `<dataDir>/services.json`. */
export async function updateState(dataDir: string, change: (state: ServicesState) => void): Promise<void> {
  const state = await readState(dataDir);
  change(state);
  const file = join(dataDir, STATE_FILE);
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
}

/** Notes a server this process started, so that others reuse it. */
export function recordService(
  dataDir: string,
  name: keyof ServicesState,
  pid: number,
  port: number,
): Promise<void> {
  return updateState(dataDir, (state) => {
    state[name] = { pid, port };
  });
}

/** Forgets a stopped server, unless the state already names another one. */
export function forgetService(
  dataDir: string,
  name: keyof ServicesState,
  pid: number | undefined,
): Promise<void> {
  return updateState(dataDir, (state) => {
    if (state[name]?.pid === pid) delete state[name];
  });
}

const LOCK_FILE = 'start.lock';
/** No start takes this long; an older lock was left by a process that died and whose pid is now reused. */
const LOCK_MAX_AGE_MS = 5 * 60_000;

/**
 * Runs `work` while holding `<dataDir>/start.lock`, so that two processes (or two calls in one process)
 * starting services on the same data dir do not both start them: the second waits, then finds and
 * reuses what the first started. A lock whose holder has died is taken over.
 */
export async function withStartLock<T>(
  dataDir: string,
  log: (line: string) => void,
  work: () => Promise<T>,
): Promise<T> {
  const file = join(dataDir, LOCK_FILE);
  const token = `${process.pid} ${randomBytes(6).toString('hex')}`;
  const deadline = Date.now() + 120_000;
  let announced = false;
  for (;;) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(token);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readFile(file, 'utf8').catch(() => '');
    const holderPid = Number(holder.split(' ')[0]);
    const age = await stat(file).then(
      (stats) => Date.now() - stats.mtimeMs,
      () => 0,
    );
    if (holder && (!isAlive(holderPid) || age > LOCK_MAX_AGE_MS)) {
      // Only remove the lock we just read, not one a third process took meanwhile.
      if ((await readFile(file, 'utf8').catch(() => '')) === holder)
        await unlink(file).catch(() => undefined);
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out waiting for process ${holderPid} to finish starting services in ${dataDir}; ` +
          `if no such process runs, delete ${file}`,
      );
    }
    if (!announced && holder) {
      log(`dev-services: waiting for process ${holderPid}, which is starting services in ${dataDir}`);
      announced = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    return await work();
  } finally {
    if ((await readFile(file, 'utf8').catch(() => '')) === token) await unlink(file).catch(() => undefined);
  }
}
