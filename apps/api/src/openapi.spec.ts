import { buildBundle, Bundle, WORKSPACE_ROOT } from '@videnbro/testing';
import { spawnSync } from 'node:child_process';

// Runs the generator as shipped (bundled, in plain Node: openapi-typescript is ESM-only, which
// Jest's CommonJS runtime on Node 20 cannot load).
describe('the committed OpenAPI spec and web client', () => {
  let generator: Bundle;
  beforeAll(() => {
    generator = buildBundle('apps/api/src/generate-openapi.ts');
  });
  afterAll(() => generator.remove());

  it('match the code (run `npm run generate` when this fails)', () => {
    const check = spawnSync(process.execPath, [generator.file, '--check'], {
      cwd: WORKSPACE_ROOT,
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
