import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOrCreateSecret, readSecret, readState, updateState, withStartLock } from './files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dev-services-files-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('secrets', () => {
  it('generates a secret once, mode 0600, and returns the same one afterwards', async () => {
    const file = join(dir, 'secret');
    let calls = 0;
    const generate = () => `secret-${++calls}`;
    const [a, b] = await Promise.all([
      readOrCreateSecret(file, generate),
      readOrCreateSecret(file, generate),
    ]);
    expect(a).toBe(b);
    expect(await readOrCreateSecret(file, generate)).toBe(a);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('replaces an empty file and tightens a too-open mode', async () => {
    const file = join(dir, 'secret');
    await writeFile(file, '');
    expect(await readOrCreateSecret(file, () => 'fresh')).toBe('fresh');
    await writeFile(file, 'kept\n', { mode: 0o644 });
    expect(await readSecret(file)).toBe('kept');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readSecret(join(dir, 'missing'))).toBeUndefined();
  });
});

describe('services.json', () => {
  it('reads {} when missing or broken and keeps what updates write', async () => {
    expect(await readState(dir)).toEqual({});
    await writeFile(join(dir, 'services.json'), '{not json');
    expect(await readState(dir)).toEqual({});
    await updateState(dir, (state) => (state.postgres = { pid: 1, port: 2 }));
    await updateState(dir, (state) => (state.meilisearch = { pid: 3, port: 4 }));
    expect(await readState(dir)).toEqual({ postgres: { pid: 1, port: 2 }, meilisearch: { pid: 3, port: 4 } });
  });
});

describe('withStartLock', () => {
  it('runs callers one at a time', async () => {
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      events.push(`${name} out`);
    };
    const lines: string[] = [];
    await Promise.all([
      withStartLock(dir, (line) => lines.push(line), work('a')),
      withStartLock(dir, (line) => lines.push(line), work('b')),
    ]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(lines[0]).toMatch(/waiting for process \d+, which is starting services/);
    await expect(readFile(join(dir, 'start.lock'))).rejects.toThrow(/ENOENT/);
  });

  it('takes over a lock left by a process that is gone, and releases it on failure', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    await writeFile(join(dir, 'start.lock'), `${dead} abc`);
    await expect(
      withStartLock(
        dir,
        () => undefined,
        () => Promise.reject(new Error('failed inside')),
      ),
    ).rejects.toThrow('failed inside');
    await expect(readFile(join(dir, 'start.lock'))).rejects.toThrow(/ENOENT/);
  });
});
