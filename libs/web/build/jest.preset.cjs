const path = require('node:path');
const platform = require('../../platform/build/jest.preset.cjs');

// The workspace preset (SWC, path aliases) in a browser-like environment for the web projects.
module.exports = {
  ...platform,
  testEnvironment: path.join(__dirname, 'jest-environment.cjs'),
  // The browser build of packages where they ship one; CommonJS otherwise.
  testEnvironmentOptions: { customExportConditions: ['browser', 'require', 'default'] },
  setupFilesAfterEnv: [path.join(__dirname, 'jest.setup.cjs')],
  // Lazy pages and a loaded CI machine: allow more than Jest's default 5 s per test.
  testTimeout: 15_000,
  moduleNameMapper: {
    '\\.css$': 'identity-obj-proxy',
    ...platform.moduleNameMapper,
  },
};
