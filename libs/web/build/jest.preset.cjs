const path = require('node:path');
const platform = require('../../platform/build/jest.preset.cjs');

// The workspace preset (SWC, path aliases) in a browser-like environment for the web projects.
module.exports = {
  ...platform,
  testEnvironment: path.join(__dirname, 'jest-environment.cjs'),
  // The browser build of packages where they ship one; CommonJS otherwise.
  testEnvironmentOptions: { customExportConditions: ['browser', 'require', 'default'] },
  setupFilesAfterEnv: [path.join(__dirname, 'jest.setup.cjs')],
  moduleNameMapper: {
    '\\.css$': 'identity-obj-proxy',
    ...platform.moduleNameMapper,
  },
};
