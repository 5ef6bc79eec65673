import { createServer, AddressInfo } from 'node:net';

/** The services listen on the loopback interface only. */
export const LOCALHOST = '127.0.0.1';

/** A port the caller asked for (option, env variable or default) is taken by a program that is not ours. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly service: string,
    readonly envName: string,
    alternative: string,
  ) {
    super(
      `Port ${port} is in use by another program, so ${service} cannot start there. ` +
        `Set ${envName} to a free port (0 picks one) or stop that program. ${alternative}`,
    );
    this.name = 'PortInUseError';
  }
}

/**
 * The port to use: the option when given, else the env variable, else the default. 0 means "any free
 * port". Throws on anything that is not a whole number from 0 to 65535.
 */
export function resolvePort(
  option: number | undefined,
  env: NodeJS.ProcessEnv,
  envName: string,
  fallback: number,
): number {
  if (option !== undefined) {
    if (!Number.isInteger(option) || option < 0 || option > 65535) {
      throw new Error(`Invalid port ${option}: use a whole number from 0 to 65535 (0 picks a free port)`);
    }
    return option;
  }
  const raw = env[envName]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new Error(`${envName} must be a port number from 0 to 65535 (0 picks a free port), not "${raw}"`);
  }
  return port;
}

/** Whether nothing listens on 127.0.0.1:port (we can bind it ourselves). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') resolve(false);
      else reject(new Error(`Cannot listen on ${LOCALHOST}:${port}: ${error.message}`));
    });
    server.listen({ port, host: LOCALHOST, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port that is free right now on 127.0.0.1 (the kernel's choice for port 0), not one of `avoid`. */
export async function findFreePort(avoid: readonly number[] = []): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.unref();
      server.once('error', reject);
      server.listen({ port: 0, host: LOCALHOST, exclusive: true }, () => {
        const { port: chosen } = server.address() as AddressInfo;
        server.close(() => resolve(chosen));
      });
    });
    if (!avoid.includes(port)) return port;
  }
}
