// jsdom, plus the web platform APIs that jsdom lacks but browsers (and Node) have: fetch and its
// Request/Response/Headers, streams and text encoding. AbortController/AbortSignal come from the same
// realm as Request, since react-router and openapi-fetch build Requests with signals.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'AbortController',
  'AbortSignal',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
  'TextEncoder',
  'TextDecoder',
  'structuredClone',
];

class WebEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = WebEnvironment;
