import { createServer, Server } from 'node:net';
import { findFreePort, isPortFree, LOCALHOST, PortInUseError, resolvePort } from './ports';

describe('resolvePort', () => {
  it('prefers the option, then the env variable, then the default', () => {
    expect(resolvePort(6000, { DEV_X_PORT: '7000' }, 'DEV_X_PORT', 5433)).toBe(6000);
    expect(resolvePort(0, { DEV_X_PORT: '7000' }, 'DEV_X_PORT', 5433)).toBe(0);
    expect(resolvePort(undefined, { DEV_X_PORT: ' 7000 ' }, 'DEV_X_PORT', 5433)).toBe(7000);
    expect(resolvePort(undefined, { DEV_X_PORT: '' }, 'DEV_X_PORT', 5433)).toBe(5433);
    expect(resolvePort(undefined, {}, 'DEV_X_PORT', 5433)).toBe(5433);
  });

  it('names the variable when its value is not a port', () => {
    expect(() => resolvePort(undefined, { DEV_X_PORT: 'abc' }, 'DEV_X_PORT', 1)).toThrow(
      /DEV_X_PORT must be a port number .* not "abc"/,
    );
    expect(() => resolvePort(undefined, { DEV_X_PORT: '70000' }, 'DEV_X_PORT', 1)).toThrow(/DEV_X_PORT/);
    expect(() => resolvePort(-1, {}, 'DEV_X_PORT', 1)).toThrow(/Invalid port -1/);
    expect(() => resolvePort(1.5, {}, 'DEV_X_PORT', 1)).toThrow(/Invalid port/);
  });
});

describe('ports on 127.0.0.1', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('finds a free port and tells a busy one from a free one', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
    expect(await isPortFree(port)).toBe(true);
    server = createServer();
    await new Promise<void>((resolve) => server?.listen(port, LOCALHOST, resolve));
    expect(await isPortFree(port)).toBe(false);
    expect(await findFreePort([port])).not.toBe(port);
  });
});

describe('PortInUseError', () => {
  it('says which port, which program and what to set', () => {
    const error = new PortInUseError(5433, 'PostgreSQL', 'DEV_POSTGRES_PORT', 'Or set DATABASE_URL.');
    expect(error.message).toBe(
      'Port 5433 is in use by another program, so PostgreSQL cannot start there. ' +
        'Set DEV_POSTGRES_PORT to a free port (0 picks one) or stop that program. Or set DATABASE_URL.',
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.port).toBe(5433);
  });
});
