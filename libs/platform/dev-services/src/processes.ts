import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readlinkSync } from 'node:fs';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Whether a process with this pid runs (EPERM: it exists but belongs to another user). A zombie does
 * not count: a server orphaned by a dead parent stays one while pid 1 of a container does not reap it.
 */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return true; // no /proc (macOS), or it just ended
  }
}

/**
 * The working directory of a process, where the OS tells (Linux /proc); undefined when it cannot be
 * known. PostgreSQL and our Meilisearch run in their data folder, so this tells "the server of this
 * data dir" from an unrelated process that got the same pid after a reboot or in a new container.
 */
export function processCwd(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

/** Polls `check` until it returns a value other than undefined; throws `onTimeout()` after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
  onTimeout: () => Error,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw onTimeout();
    await sleep(intervalMs);
  }
}

/** Waits until the process is gone, escalating through the signals, each given its time. */
export async function terminate(
  pid: number,
  steps: ReadonlyArray<readonly [NodeJS.Signals, number]>,
): Promise<boolean> {
  for (const [signal, waitMs] of steps) {
    if (!isAlive(pid)) return true;
    try {
      process.kill(pid, signal);
    } catch {
      return true;
    }
    const deadline = Date.now() + waitMs;
    while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  }
  return !isAlive(pid);
}

/** Waits for a child of ours to exit, escalating through the signals. */
export async function stopChild(
  child: ChildProcess,
  steps: ReadonlyArray<readonly [NodeJS.Signals, number]>,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (const [signal, waitMs] of steps) {
    child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), waitMs))),
    ]);
    clearTimeout(timer);
    if (done) return;
  }
  await exited;
}

/** The last lines a process wrote, for error messages; secrets are masked before they are kept. */
export class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(
    private readonly secrets: () => readonly string[],
    private readonly onLine: (line: string) => void = () => undefined,
    private readonly max = 60,
  ) {}

  push(chunk: Buffer | string): void {
    const text = this.partial + chunk.toString();
    const parts = text.split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    for (const part of parts) this.add(part);
  }

  text(): string {
    return [...this.lines, this.partial].filter(Boolean).join('\n');
  }

  private add(raw: string): void {
    let line = raw;
    for (const secret of this.secrets()) if (secret) line = line.split(secret).join('***');
    if (!line.trim()) return;
    this.lines.push(line);
    if (this.lines.length > this.max) this.lines.shift();
    this.onLine(line);
  }
}

// Children to signal when this process exits while they still run (crash, process.exit, end of the
// event loop without stop()). The signal is sent synchronously; the servers then shut down by themselves.
const killOnExit = new Map<number, NodeJS.Signals>();
let exitHookInstalled = false;

export function registerKillOnExit(pid: number, signal: NodeJS.Signals): void {
  killOnExit.set(pid, signal);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [childPid, childSignal] of killOnExit) {
      try {
        process.kill(childPid, childSignal);
      } catch {
        // already gone
      }
    }
  });
}

export function unregisterKillOnExit(pid: number): void {
  killOnExit.delete(pid);
}

export interface Watchdog {
  cancel(): void;
}

/**
 * Guards against orphans when this process dies without running any code (SIGKILL, OOM killer, a
 * signal it does not handle). A tiny detached `sh` blocks reading a pipe whose only writer is this
 * process; the kernel closes the pipe when this process dies, however it dies, and `sh` then sends
 * `signal` to `pid`. With `pidFile`, only if the first line of that file still names `pid` (PostgreSQL
 * removes postmaster.pid on a clean shutdown), so a reused pid is never hit. `cancel()` after a
 * normal stop. Not available on Windows (returns a no-op).
 */
export function startWatchdog(pid: number, signal: 'INT' | 'TERM', pidFile?: string): Watchdog {
  if (process.platform === 'win32') return { cancel: () => undefined };
  const script = pidFile
    ? 'read line; [ "$(head -n 1 "$3" 2>/dev/null)" = "$1" ] && kill -s "$2" "$1"'
    : 'read line; kill -s "$2" "$1"';
  const child = spawn(
    '/bin/sh',
    ['-c', script, 'videnbro-dev-services-watchdog', String(pid), signal, pidFile ?? ''],
    {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
    },
  );
  child.on('error', () => undefined);
  child.stdin?.on('error', () => undefined);
  // Neither the watchdog nor its pipe keeps this process alive.
  child.unref();
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return {
    cancel: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/**
 * The server process a service started: signalled when this process exits, guarded by a watchdog in
 * case it dies without running code, and forgotten once it has exited. Postgres and Meilisearch differ
 * only in the signal, their stop steps and the pid file the watchdog checks.
 */
export class SupervisedChild {
  private child: ChildProcess | undefined;
  private watchdog: Watchdog | undefined;

  constructor(
    private readonly signal: 'INT' | 'TERM',
    private readonly stopSteps: ReadonlyArray<readonly [NodeJS.Signals, number]>,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** Takes charge of a freshly spawned server. */
  watch(child: ChildProcess, pidFile?: string): void {
    if (child.pid) {
      registerKillOnExit(child.pid, `SIG${this.signal}`);
      this.watchdog = startWatchdog(child.pid, this.signal, pidFile);
    }
    this.child = child;
    child.once('exit', () => this.release(child));
  }

  /** Stops the server with the stop steps and forgets it; the pid it had, or undefined when none ran. */
  async stop(): Promise<number | undefined> {
    const child = this.child;
    if (!child) return undefined;
    await stopChild(child, this.stopSteps);
    this.release(child);
    return child.pid;
  }

  private release(child: ChildProcess): void {
    if (this.child !== child) return;
    if (child.pid) unregisterKillOnExit(child.pid);
    this.watchdog?.cancel();
    this.watchdog = undefined;
    this.child = undefined;
  }
}
