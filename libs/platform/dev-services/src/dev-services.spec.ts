import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServices } from './dev-services';

describe('startDevServices with servers of your own', () => {
  let parent: string;
  let dataDir: string;
  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'dev-services-unit-'));
    dataDir = join(parent, 'data');
  });
  afterEach(() => rm(parent, { recursive: true, force: true }));

  it('uses DATABASE_URL and MEILI_URL as they are and starts nothing', async () => {
    const lines: string[] = [];
    const services = await startDevServices({
      dataDir,
      env: {
        DATABASE_URL: 'postgres://app:secret@db.example:6543/app',
        MEILI_URL: 'http://search.example:7700',
        MEILI_MASTER_KEY: 'a-key-of-sixteen-chars',
      },
      logger: (line) => lines.push(line),
    });
    expect(services.databaseUrl).toBe('postgres://app:secret@db.example:6543/app');
    expect(services.meiliUrl).toBe('http://search.example:7700');
    expect(services.meiliMasterKey).toBe('a-key-of-sixteen-chars');
    expect(services.postgres).toMatchObject({ source: 'external', port: 6543, pid: undefined });
    expect(services.meili).toMatchObject({ source: 'external', port: 7700 });
    await expect(services.meili.stop()).rejects.toThrow(/did not start it/);
    await services.stop();
    await services.stop();
    expect(await readdir(parent)).toEqual([]); // no data dir created
    expect(lines.join('\n')).not.toMatch(/secret|a-key-of/);
  });

  it('provides only the services asked for', async () => {
    const services = await startDevServices({
      dataDir,
      env: { DATABASE_URL: 'postgres://app:secret@db.example/app' },
      services: ['postgres'],
      logger: () => undefined,
    });
    expect(services.postgres.port).toBe(5432);
    expect(() => services.meiliUrl).toThrow(/meilisearch was not requested/);
  });

  it('rejects MEILI_URL without MEILI_MASTER_KEY, and a bad port setting', async () => {
    await expect(
      startDevServices({ dataDir, env: { MEILI_URL: 'http://x:7700' }, services: ['meilisearch'] }),
    ).rejects.toThrow(/MEILI_URL is set but MEILI_MASTER_KEY is not/);
    await expect(
      startDevServices({ dataDir, env: { DEV_POSTGRES_PORT: 'five' }, logger: () => undefined }),
    ).rejects.toThrow(/DEV_POSTGRES_PORT must be a port number/);
    expect(await readdir(parent)).toEqual([]);
  });
});
