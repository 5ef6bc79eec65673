import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

export interface Bundle {
  /** Absolute path of the bundled script. */
  file: string;
  remove(): void;
}

/**
 * Bundles an entry point the way the apps are built, for tests that run it as a real process. The
 * bundle goes under dist/ so that it resolves the workspace's node_modules.
 */
export function buildBundle(entry: string): Bundle {
  mkdirSync(join(WORKSPACE_ROOT, 'dist'), { recursive: true });
  const dir = mkdtempSync(join(WORKSPACE_ROOT, 'dist', 'test-bundle-'));
  const file = join(dir, `${basename(entry, '.ts')}.js`);
  execFileSync(process.execPath, ['libs/platform/build/build-node.mjs', entry, file], {
    cwd: WORKSPACE_ROOT,
  });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
