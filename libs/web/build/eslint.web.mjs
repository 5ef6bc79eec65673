// ESLint for the web projects: the workspace base (TypeScript rules, module boundaries by tags)
// plus the React hooks rules, including the React Compiler checks of eslint-plugin-react-hooks 7.
import reactHooks from 'eslint-plugin-react-hooks';
import base from '../../platform/build/eslint.base.mjs';

export default [
  ...base,
  {
    files: ['**/*.ts', '**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
];
