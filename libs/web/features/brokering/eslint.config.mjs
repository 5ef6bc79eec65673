import web from '../../build/eslint.web.mjs';

export default web;
