import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Alias } from 'vite';

// Independent of the working directory: `nx run web:build` runs here, the launcher from the root.
const root = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = resolve(root, '../..');
const apiTarget = `http://localhost:${process.env.PORT ?? 3000}`;

/** The workspace's library aliases (`@videnbro/web-core`, …), from the one place they are declared. */
function workspaceAliases(): Alias[] {
  const tsconfig = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => ({
    find: new RegExp(`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    replacement: resolve(workspaceRoot, target),
  }));
}

// The API is same-origin in production (/api); in development Vite proxies it. The Host header is
// kept (no changeOrigin), so the API's Origin check sees a same-origin request.
const proxy = { '/api': { target: apiTarget } };

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  server: { port: 4200, strictPort: true, proxy, fs: { allow: [workspaceRoot] } },
  preview: { port: 4300, strictPort: true, proxy },
  build: {
    outDir: resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each page needs (read by scripts/size.mjs).
    manifest: true,
    // The budget that counts is the gzipped JavaScript of the first page, checked by `nx run web:size`.
    chunkSizeWarningLimit: 750,
  },
});
