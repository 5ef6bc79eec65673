import type { ApiUser } from '@videnbro/api-client';

export type FakeReply = { status: number; body?: unknown };
export type FakeRoute = FakeReply | ((request: Request) => FakeReply | Promise<FakeReply>);

export const anna: ApiUser = {
  id: '7d3c1b52-4a7e-4c55-9a55-0d1f0c4f2a11',
  email: 'anna@firma.dk',
  name: 'Anna Sørensen',
  locale: 'da',
  roles: [],
  createdAt: '2025-01-01T00:00:00.000Z',
};

/**
 * Replaces the global `fetch` with a fake API: routes are `'METHOD /path'`, answered as JSON.
 * Unknown routes answer 404. Returns the mock, whose calls hold the Requests sent.
 */
export function fakeApi(routes: Record<string, FakeRoute>) {
  const mock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const route = routes[key];
    const reply = route === undefined ? { status: 404, body: notFound(key) } : await answer(route, request);
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: reply.body === undefined ? {} : { 'content-type': 'application/json' },
    });
  });
  globalThis.fetch = mock as typeof fetch;
  return mock;
}

async function answer(route: FakeRoute, request: Request): Promise<FakeReply> {
  return typeof route === 'function' ? route(request) : route;
}

function notFound(key: string) {
  return { statusCode: 404, error: 'Not Found', message: `No fake for ${key}` };
}

/** The Requests the fake received for a route, e.g. `requestsTo(mock, 'PATCH /api/v1/auth/me')`. */
export function requestsTo(mock: jest.Mock, key: string): Request[] {
  return mock.mock.calls
    .map(([input, init]) =>
      input instanceof Request ? input : new Request(input as string, init as RequestInit),
    )
    .filter((request) => `${request.method} ${new URL(request.url).pathname}` === key);
}
