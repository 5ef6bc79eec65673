import { fakeApi, requestsTo } from './fake-api';

describe('fakeApi', () => {
  it('answers a known route with its JSON and records the request', async () => {
    const mock = fakeApi({ 'GET /api/v1/auth/me': { status: 200, body: { user: { name: 'Anna' } } } });
    const response = await fetch('http://localhost/api/v1/auth/me');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: { name: 'Anna' } });
    expect(requestsTo(mock, 'GET /api/v1/auth/me')).toHaveLength(1);
  });

  it('answers an unknown route with a 404 in the API error shape, and a body-less reply with no body', async () => {
    fakeApi({ 'POST /api/v1/auth/logout': { status: 204 } });
    const missing = await fetch('http://localhost/api/v1/nothing');
    expect(missing.status).toBe(404);
    expect((await missing.json()).message).toBe('No fake for GET /api/v1/nothing');
    const logout = await fetch('http://localhost/api/v1/auth/logout', { method: 'POST' });
    expect(logout.status).toBe(204);
    expect(await logout.text()).toBe('');
  });
});
