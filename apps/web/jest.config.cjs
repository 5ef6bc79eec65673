module.exports = {
  ...require('../../libs/web/build/jest.preset.cjs'),
  displayName: 'web',
};
