const path = require('node:path');

// Shared Jest preset: SWC transpiles TypeScript (with decorator metadata for NestJS) without type checking;
// type checking is the `typecheck` target's job.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

// Workspace libraries by their tsconfig path alias, e.g. '@videnbro/auth' -> libs/api/auth/src/index.ts.
const workspaceRoot = path.resolve(__dirname, '../../..');
const { paths } = require(path.join(workspaceRoot, 'tsconfig.base.json')).compilerOptions;
const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias}$`, path.join(workspaceRoot, target)]),
);

module.exports = {
  testEnvironment: 'node',
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc] },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // ESM-only packages that Jest's CommonJS runtime must have transpiled.
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|content-disposition)/)'],
  testEnvironmentOptions: { customExportConditions: ['node', 'require', 'default'] },
};
