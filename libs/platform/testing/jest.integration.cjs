// The integration run: every *.integration-spec.ts in the workspace, against one real Postgres and
// one real Meilisearch started by the global setup. Each test file creates its own database.
const path = require('node:path');
const preset = require('../build/jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'integration',
  rootDir: path.resolve(__dirname, '../../..'),
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['<rootDir>/{apps,libs}/**/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/libs/platform/testing/jest.global-setup.cjs',
  globalTeardown: '<rootDir>/libs/platform/testing/jest.global-teardown.cjs',
  testTimeout: 60_000,
};
