import base from '../../../libs/platform/build/eslint.base.mjs';

export default base;
