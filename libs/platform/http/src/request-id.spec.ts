import type { IncomingMessage } from 'node:http';
import { requestIdFor } from './request-id';

const request = (header?: string) =>
  ({ headers: header === undefined ? {} : { 'x-request-id': header } }) as IncomingMessage;

describe('requestIdFor', () => {
  it("keeps a caller's sane request id", () => {
    expect(requestIdFor(request('trace-42.a:b'))).toBe('trace-42.a:b');
  });

  it('replaces a missing, oversized or odd one with a UUID', () => {
    for (const header of [undefined, 'x'.repeat(200), 'has space', 'line\nbreak']) {
      expect(requestIdFor(request(header))).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
