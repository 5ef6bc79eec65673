import { fakeApi } from '@videnbro/web-testing';
import { createHttpClient } from './api-client';
import { ApiRequestError, request } from './api-error';

describe('createHttpClient', () => {
  it('calls the 401 handler for any 401 answer', async () => {
    fakeApi({ 'GET /api/v1/auth/me': { status: 401 } });
    const onUnauthorized = jest.fn();
    await createHttpClient({ onUnauthorized }).GET('/api/v1/auth/me');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('uses the fetch installed at call time', async () => {
    const client = createHttpClient();
    const later = fakeApi({ 'GET /api/v1/auth/me': { status: 401 } });
    await client.GET('/api/v1/auth/me');
    expect(later).toHaveBeenCalledTimes(1);
  });
});

describe('request', () => {
  it('returns the data of a successful call, and nothing for a 204', async () => {
    fakeApi({
      'GET /api/v1/auth/me': { status: 200, body: { user: { name: 'Anna' } } },
      'POST /api/v1/auth/logout': { status: 204 },
    });
    const client = createHttpClient();
    expect(await request(() => client.GET('/api/v1/auth/me'))).toEqual({ user: { name: 'Anna' } });
    expect(await request(() => client.POST('/api/v1/auth/logout'))).toBeUndefined();
  });

  it('throws the API error of a failed call, with its status and body', async () => {
    const body = {
      statusCode: 409,
      error: 'Conflict',
      message: 'Taken',
      details: [{ field: 'cvr', message: 'x' }],
    };
    fakeApi({ 'POST /api/v1/auth/logout': { status: 409, body } });
    const client = createHttpClient();
    await expect(request(() => client.POST('/api/v1/auth/logout'))).rejects.toMatchObject({
      status: 409,
      body,
    });
  });

  it('throws a network error (status 0) when the API is out of reach', async () => {
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const client = createHttpClient();
    await expect(request(() => client.GET('/api/v1/auth/me'))).rejects.toBeInstanceOf(ApiRequestError);
  });
});
