// Bundles a Node app (api, worker, cli, launcher) into one file with esbuild. esbuild cannot emit
// decorator metadata, which NestJS dependency injection needs, so TypeScript files go through SWC first.
// Packages from node_modules stay external; workspace libraries (tsconfig paths) are bundled.
// Usage: node libs/platform/build/build-node.mjs <entry.ts> <outfile.js> [--watch]
import { transformFile } from '@swc/core';
import * as esbuild from 'esbuild';

const [entry, outfile, ...flags] = process.argv.slice(2);
if (!entry || !outfile) {
  console.error('usage: build-node.mjs <entry.ts> <outfile.js> [--watch]');
  process.exit(2);
}

const swcDecorators = {
  name: 'swc-decorators',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const { code, map } = await transformFile(path, {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        sourceMaps: true,
      });
      const inlineMap = Buffer.from(map ?? '').toString('base64');
      return {
        contents: `${code}\n//# sourceMappingURL=data:application/json;base64,${inlineMap}`,
        loader: 'js',
      };
    });
  },
};

const options = {
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: 'linked',
  keepNames: true,
  tsconfig: 'tsconfig.base.json',
  logLevel: 'warning',
  plugins: [swcDecorators],
};

if (flags.includes('--watch')) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log(`watching ${entry} -> ${outfile}`);
} else {
  await esbuild.build(options);
}
