import { startTestApi, TestApi } from './test-app';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ BODY_LIMIT_BYTES: '2048' });
});
afterAll(() => api.close());

describe('HTTP conventions', () => {
  it('answers an unknown route with a 404 in the error shape', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/v1/nothing-here',
    });
  });

  it('answers malformed JSON with a 400 in the error shape', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "x@y.dk", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: "Body is not valid JSON but content-type is set to 'application/json'",
    });
  });

  it('answers a URL it cannot decode or route with a 400 or 414 in the error shape', async () => {
    // A lone surrogate's bytes (not UTF-8) in a path parameter; found by the bad-input suite.
    const badUrl = await api.app.inject({ method: 'GET', url: '/api/v1/needs/x%ED%BF%BFy' });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'The URL is not valid' });
    const longParameter = await api.app.inject({ method: 'GET', url: `/api/v1/needs/${'a'.repeat(200)}` });
    expect(longParameter.statusCode).toBe(414);
    expect(longParameter.json()).toEqual({
      statusCode: 414,
      error: 'URI Too Long',
      message: 'A path parameter is too long',
    });
  });

  it('answers an oversized body with a 413 in the error shape', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'big@firma.dk', password: 'fjord-kaffe-Sommer-42', name: 'x'.repeat(5000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ statusCode: 413, message: 'Request body is too large' });
  });

  it('sets security headers and echoes a sane request id', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: '/api/health/live',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();

    const odd = await api.app.inject({
      method: 'GET',
      url: '/api/health/live',
      headers: { 'x-request-id': 'bad id\u0000' },
    });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is ready when Postgres and Meilisearch answer', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', checks: { postgres: 'up', meilisearch: 'up' } });
  });

  it('serves the OpenAPI document', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toContain('/api/v1/auth/login');
  });
});
