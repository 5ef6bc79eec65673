import { fakeApi } from '@videnbro/web-testing';
import { createHttpClient } from './api-client';

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
