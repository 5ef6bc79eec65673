import type { ServiceHandle } from '@videnbro/dev-services';
import { WORKSPACE_ROOT } from '@videnbro/testing';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

/** Polls until the check passes; the deadline only bounds a hang, it measures nothing. */
export async function eventually(check: () => Promise<boolean>, what: string, deadlineMs = 90_000) {
  const end = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await sleep(200);
  }
}

/**
 * Kills a server the test started with SIGKILL: no shutdown, no flush, as in a crash or the OOM
 * killer. The handle then forgets the process, so that `start()` runs it again on the same data.
 */
export async function killService(handle: ServiceHandle): Promise<void> {
  if (handle.pid === undefined) throw new Error('the service is not running');
  process.kill(handle.pid, 'SIGKILL');
  await handle.stop();
}

/** Seconds since `since` (a performance.now() value), for the figures the fault specs print. */
export const secondsSince = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** A free local TCP port (the OS picks it; nothing holds it afterwards). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A bundled app (api, worker) run as a real process, its last output lines kept for failure messages. */
export interface TestProcess {
  child: ChildProcess;
  exited: Promise<void>;
  output(): string;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, then waits for the exit. */
  kill(): Promise<void>;
}

export function startProcess(file: string, env: NodeJS.ProcessEnv): TestProcess {
  const child = spawn(process.execPath, [file], {
    cwd: WORKSPACE_ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      if (lines.length > 100) lines.shift();
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    child,
    exited,
    output: () => lines.join('\n'),
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  };
}
