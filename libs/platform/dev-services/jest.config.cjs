module.exports = {
  ...require('../../../libs/platform/build/jest.preset.cjs'),
  displayName: 'platform-dev-services',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 120000,
};
