import web from '../../libs/web/build/eslint.web.mjs';

export default web;
