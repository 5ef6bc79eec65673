import base from '../../platform/build/eslint.base.mjs';

export default [
  ...base,
  {
    files: ['jest.setup.cjs', 'jest-environment.cjs'],
    languageOptions: {
      globals: { window: 'readonly', globalThis: 'readonly', beforeEach: 'readonly' },
    },
  },
];
