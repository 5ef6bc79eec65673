import { createApiClient } from './client';

function fakeFetch(status: number, body: unknown) {
  return jest.fn<Promise<Response>, [Request]>(
    async () =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}

describe('createApiClient', () => {
  it('sends credentials and returns typed data', async () => {
    const fetch = fakeFetch(200, {
      user: { id: '1', email: 'a@b.dk', name: 'A', locale: 'da', roles: [], createdAt: '' },
    });
    const client = createApiClient({
      baseUrl: 'http://localhost',
      fetch: fetch as unknown as typeof globalThis.fetch,
    });
    const { data } = await client.GET('/api/v1/auth/me');
    expect(data?.user.email).toBe('a@b.dk');
    const request = fetch.mock.calls[0][0];
    expect(request.url).toBe('http://localhost/api/v1/auth/me');
    expect(request.credentials).toBe('include');
  });

  it('calls onUnauthorized on a 401 and still returns the error body', async () => {
    const onUnauthorized = jest.fn();
    const body = { statusCode: 401, error: 'Unauthorized', message: 'Sign in to continue' };
    const client = createApiClient({
      baseUrl: 'http://localhost',
      fetch: fakeFetch(401, body) as unknown as typeof fetch,
      onUnauthorized,
    });
    const { error } = await client.GET('/api/v1/auth/me');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(error).toEqual(body);
  });
});
