module.exports = {
  ...require('../../../libs/platform/build/jest.preset.cjs'),
  displayName: 'platform-background',
};
