import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from './test-app';

const password = 'fjord-kaffe-Sommer-42';
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

function inject(options: Parameters<TestApi['app']['inject']>[0]) {
  return api.app.inject(options);
}

async function register(email: string, extra: Record<string, unknown> = {}) {
  return inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email, password, name: 'Anna', ...extra },
  });
}

async function usersWithEmail(email: unknown): Promise<number> {
  const [row] = await api.app
    .get(DataSource)
    .query('select count(*)::int as n from users where email = $1', [String(email)]);
  return row.n;
}

describe('registration', () => {
  it('creates the account, signs it in and sets an httpOnly SameSite=Lax cookie', async () => {
    const response = await register('  Anna@Firma.DK ', { locale: 'en' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ email: 'anna@firma.dk', name: 'Anna', locale: 'en', roles: [] });
    expect(body.accessToken).toEqual(expect.any(String));
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^videnbro_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    const me = await inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('anna@firma.dk');
  });

  it('answers 409 for an email that exists, whatever its case', async () => {
    await register('bo@firma.dk');
    const response = await register('BO@firma.dk');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'An account with this email already exists',
    });
  });

  it.each([
    ['a short password', { email: 'c1@firma.dk', password: 'short', name: 'C' }, 'password', /at least 12/],
    [
      'a common password',
      { email: 'c2@firma.dk', password: 'qwerty123456', name: 'C' },
      'password',
      /too common/,
    ],
    ['a bad email', { email: 'not-an-email', password, name: 'C' }, 'email', /valid email/],
    ['a missing name', { email: 'c3@firma.dk', password }, 'name', /name/],
    [
      'an unknown field',
      { email: 'c4@firma.dk', password, name: 'C', roles: ['admin'] },
      'roles',
      /should not exist/,
    ],
    ['a wrong type', { email: 'c5@firma.dk', password: 123456789012345, name: 'C' }, 'password', /string/],
    ['an unknown locale', { email: 'c6@firma.dk', password, name: 'C', locale: 'de' }, 'locale', /locale/],
  ])('refuses %s with a 400 naming the field, and writes nothing', async (_case, payload, field, message) => {
    const response = await inject({ method: 'POST', url: '/api/v1/auth/register', payload });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]),
    );
    expect(await usersWithEmail(payload.email)).toBe(0);
  });
});

describe('sign-in and sign-out', () => {
  let token: string;

  beforeAll(async () => {
    await register('dina@firma.dk');
  });

  it('signs in with the right password and answers the same for a wrong password or an unknown email', async () => {
    const ok = await inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'Dina@firma.dk', password },
    });
    expect(ok.statusCode).toBe(200);
    token = ok.json().accessToken;

    const wrong = await inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'dina@firma.dk', password: 'wrong-password-123' },
    });
    const unknown = await inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@firma.dk', password },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Invalid email or password',
    });
  });

  it('refuses a malformed sign-in body with a 400', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'dina@firma.dk' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].field).toBe('password');
  });

  it('revokes the session on sign-out', async () => {
    const headers = { authorization: `Bearer ${token}` };
    expect((await inject({ method: 'GET', url: '/api/v1/auth/me', headers })).statusCode).toBe(200);
    expect((await inject({ method: 'POST', url: '/api/v1/auth/logout', headers })).statusCode).toBe(204);
    const after = await inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect(after.statusCode).toBe(401);
    expect(after.json().message).toBe('Sign in to continue');
  });

  it('rotates the session: signing in again ends the session the browser had', async () => {
    const first = await inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'dina@firma.dk', password },
    });
    const oldToken = first.json().accessToken;
    const second = await inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'dina@firma.dk', password },
      cookies: { videnbro_session: oldToken },
      headers: { origin: 'http://localhost:80' },
    });
    expect(second.statusCode).toBe(200);
    const oldMe = await inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${oldToken}` },
    });
    expect(oldMe.statusCode).toBe(401);
  });

  it('updates the name and language of the signed-in user', async () => {
    const login = await inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'dina@firma.dk', password },
    });
    const headers = { authorization: `Bearer ${login.json().accessToken}` };
    const response = await inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers,
      payload: { locale: 'en', name: 'Dina K' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ locale: 'en', name: 'Dina K' });
    const bad = await inject({ method: 'PATCH', url: '/api/v1/auth/me', headers, payload: { locale: 'fr' } });
    expect(bad.statusCode).toBe(400);
    // Null is not "leave it": both are required, so it is refused rather than written.
    for (const payload of [{ name: null }, { locale: null }]) {
      const refused = await inject({ method: 'PATCH', url: '/api/v1/auth/me', headers, payload });
      expect(refused.statusCode).toBe(400);
    }
  });
});

describe('throttling of failed sign-ins', () => {
  it('backs off after five failures for an account, even with the right password, and the same for unknown emails', async () => {
    await register('erik@firma.dk');
    for (const email of ['erik@firma.dk', 'ghost@firma.dk']) {
      for (let attempt = 0; attempt < 6; attempt++) {
        const response = await inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email, password: 'wrong-password-123' },
        });
        expect(response.statusCode).toBe(401);
      }
      const blocked = await inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password },
      });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().message).toMatch(/Too many failed sign-ins/);
    }
  });
});

describe('CSRF defence for cookie sessions', () => {
  let token: string;

  beforeAll(async () => {
    token = (await register('frida@firma.dk')).json().accessToken;
  });

  it('refuses an unsafe cookie request from another origin, or without an Origin', async () => {
    const foreign = await inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { videnbro_session: token },
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ statusCode: 403, message: 'Cross-site request refused' });
    const missing = await inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { videnbro_session: token },
    });
    expect(missing.statusCode).toBe(403);
    expect(
      (await inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { videnbro_session: token } }))
        .statusCode,
    ).toBe(200);
  });

  it('accepts a same-origin cookie request and any bearer request', async () => {
    const same = await inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      cookies: { videnbro_session: token },
      headers: { origin: 'http://localhost:80' },
      payload: { name: 'Frida' },
    });
    expect(same.statusCode).toBe(200);
    const bearer = await inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${token}`, origin: 'https://evil.example' },
      payload: { name: 'Frida' },
    });
    expect(bearer.statusCode).toBe(200);
  });
});
