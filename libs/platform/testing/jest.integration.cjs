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
  globalSetup: '<rootDir>/libs/api/database/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/database/src/testing/global-teardown.ts',
  testTimeout: 60_000,
};
