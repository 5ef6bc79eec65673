import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, TestApi } from './test-app';

/**
 * The security headers of the API and of the web app it serves, booted with the production
 * configuration (HSTS is sent only there) and a stand-in web build.
 */
let production: TestApi;
let development: TestApi;
let webDist: string;

beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'videnbro-web-'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Videnbro</title><div id="root"></div>');
  production = await startTestApi({
    NODE_ENV: 'production',
    WEB_DIST: webDist,
    PUBLIC_URL: 'https://videnbro.example',
    CASE_LINK_SECRET: 'a'.repeat(64),
  });
  development = await startTestApi({ WEB_DIST: webDist });
});
afterAll(async () => {
  await production.close();
  await development.close();
  await rm(webDist, { recursive: true, force: true });
});

const pages = [
  ['the web index', '/'],
  ['a page of the web app', '/reset-password/abc'],
  ['an API route', '/api/v1/auth/me'],
  ['the health probe', '/api/health/live'],
];

describe('security headers', () => {
  it.each(pages)('are all set on %s in production', async (_name, url) => {
    const response = await production.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBeLessThan(500);
    const headers = response.headers;
    const csp = String(headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "connect-src 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    // No inline or evaluated script anywhere: a script payload that reached the page would not run.
    expect(/script-src[^;]*'unsafe-(inline|eval)'/.test(csp)).toBe(false);
    expect(headers['strict-transport-security']).toMatch(/^max-age=(\d+); includeSubDomains/);
    expect(
      Number(/max-age=(\d+)/.exec(String(headers['strict-transport-security']))?.[1]),
    ).toBeGreaterThanOrEqual(15_552_000);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['x-powered-by']).toBeUndefined();
  });

  it('serves the web index for a page path, with the same headers', async () => {
    const response = await production.app.inject({ method: 'GET', url: '/reset-password/abc' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
  });

  it('sends no HSTS outside production (plain http on localhost), the rest the same', async () => {
    const response = await development.app.inject({ method: 'GET', url: '/' });
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('marks the session cookie Secure in production', async () => {
    const response = await production.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'hanne@firma.dk', password: 'fjord-kaffe-Sommer-42', name: 'Hanne' },
    });
    expect(response.statusCode).toBe(201);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });
});
