import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findMeiliBinary, MeiliBinaryMissingError } from './meilisearch';

describe('findMeiliBinary', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dev-services-meili-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const packaged = (request: string) => `/node_modules/${request}`;

  it('prefers an executable meilisearch on PATH', async () => {
    const binary = join(dir, 'meilisearch');
    await writeFile(binary, '#!/bin/sh\n');
    await chmod(binary, 0o755);
    expect(findMeiliBinary({ PATH: `/nonexistent:${dir}` }, { resolve: packaged })).toBe(binary);
  });

  it('falls back to the optional package on Linux x64', () => {
    expect(findMeiliBinary({}, { platform: 'linux', arch: 'x64' })).toMatch(
      /@gaubee\/meilisearch-linux-amd64\/meilisearch$/,
    );
  });

  it('says how to use a Meilisearch of your own where there is no binary', () => {
    const absent = () => {
      throw new Error('Cannot find module');
    };
    for (const [platform, arch] of [
      ['linux', 'x64'],
      ['darwin', 'arm64'],
    ]) {
      let error: unknown;
      try {
        findMeiliBinary({ PATH: dir }, { platform, arch, resolve: absent });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(MeiliBinaryMissingError);
      const message = (error as Error).message;
      expect(message).toContain(`No Meilisearch binary for ${platform}-${arch}`);
      expect(message).toContain('MEILI_URL=http://127.0.0.1:7700');
      expect(message).toContain('MEILI_MASTER_KEY');
      expect(message).toContain('docker/compose.yaml');
    }
  });
});
