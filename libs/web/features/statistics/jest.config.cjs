const preset = require('../../build/jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web-statistics',
  setupFilesAfterEnv: [...preset.setupFilesAfterEnv, '<rootDir>/src/testing/jest-setup.cjs'],
};
