import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { linkToken, mailsTo, readMails } from './test-mail';
import { startTestApi, TestApi } from './test-app';
import { signUp, TEST_PASSWORD } from './test-users';

let api: TestApi;
let dataDir: string;
const NEW_PASSWORD = 'lyng-Hede-bakke-2031';
const RESET_ANSWER = {
  message: 'If an account uses this address, a link to reset its password is on its way.',
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'videnbro-account-'));
  api = await startTestApi({ DATA_DIR: dataDir });
});
afterAll(async () => {
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});

type Inject = Exclude<Parameters<TestApi['app']['inject']>[0], string>;
const inject = (options: Inject) => api.app.inject(options);
const db = () => api.app.get(DataSource);

const login = (email: string, password: string) =>
  inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
const me = (token: string) =>
  inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
const requestReset = (email: string) =>
  inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email } });
const reset = (token: string, password: string) =>
  inject({ method: 'POST', url: `/api/v1/auth/password-reset/${token}`, payload: { password } });

async function resetToken(email: string, count = 1): Promise<string> {
  const mails = await mailsTo(dataDir, email, count);
  return linkToken(mails[count - 1], '/reset-password/');
}

describe('password reset by email', () => {
  it('answers the same for a known and an unknown address, and mails only the account a single-use link', async () => {
    const user = await signUp(api, 'rasmus@firma.dk', { locale: 'en' });
    const known = await requestReset('Rasmus@Firma.dk');
    const unknown = await requestReset('nobody-here@firma.dk');
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.json()).toEqual(RESET_ANSWER);
    expect(unknown.json()).toEqual(RESET_ANSWER);

    const [mail] = await mailsTo(dataDir, 'rasmus@firma.dk');
    expect(mail.subject).toBe('Reset your Videnbro password');
    expect(mail.body).toMatch(/http:\/\/localhost:3000\/reset-password\/[A-Za-z0-9_-]{43}/);
    const token = linkToken(mail, '/reset-password/');
    // Only a hash is stored.
    const rows = await db().query(`select token_hash, purpose from account_tokens where user_id = $1`, [
      user.id,
    ]);
    expect(rows).toEqual([{ token_hash: expect.not.stringContaining(token), purpose: 'password_reset' }]);
    expect((await readMails(dataDir)).filter((m) => m.to === 'nobody-here@firma.dk')).toEqual([]);

    expect((await reset(token, NEW_PASSWORD)).statusCode).toBe(204);
    // Every session ends; the old password no longer works, the new one does.
    expect((await me(user.token)).statusCode).toBe(401);
    expect((await login('rasmus@firma.dk', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('rasmus@firma.dk', NEW_PASSWORD)).statusCode).toBe(200);

    const again = await reset(token, 'another-Good-phrase-77');
    expect(again.statusCode).toBe(410);
    expect(again.json()).toEqual({
      statusCode: 410,
      error: 'Gone',
      message: 'This link is invalid, used or expired',
    });
    expect((await login('rasmus@firma.dk', NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a password against the rules with a 400, and the link still works', async () => {
    await signUp(api, 'sofie@firma.dk');
    await requestReset('sofie@firma.dk');
    const token = await resetToken('sofie@firma.dk');
    const common = await reset(token, 'qwerty123456');
    expect(common.statusCode).toBe(400);
    expect(common.json().details).toEqual([
      { field: 'password', message: expect.stringMatching(/too common/) },
    ]);
    const short = await reset(token, 'short');
    expect(short.statusCode).toBe(400);
    expect(short.json().details[0]).toMatchObject({
      field: 'password',
      message: expect.stringMatching(/at least 12/),
    });
    expect((await login('sofie@firma.dk', TEST_PASSWORD)).statusCode).toBe(200);
    expect((await reset(token, NEW_PASSWORD)).statusCode).toBe(204);
  });

  it('refuses an expired link, an unknown one, and an older link once a newer was sent', async () => {
    const user = await signUp(api, 'tove@firma.dk');
    await requestReset('tove@firma.dk');
    const first = await resetToken('tove@firma.dk', 1);
    await requestReset('tove@firma.dk');
    const second = await resetToken('tove@firma.dk', 2);
    expect((await reset(first, NEW_PASSWORD)).statusCode).toBe(410);
    expect((await reset('not-a-real-token', NEW_PASSWORD)).statusCode).toBe(410);

    await db().query(
      `update account_tokens set expires_at = now() - interval '1 second' where user_id = $1`,
      [user.id],
    );
    expect((await reset(second, NEW_PASSWORD)).statusCode).toBe(410);
    expect((await login('tove@firma.dk', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('mails at most three links an hour to one address, with the same answer after that', async () => {
    await signUp(api, 'ulla@firma.dk');
    await signUp(api, 'viggo@firma.dk');
    for (let i = 0; i < 3; i++) expect((await requestReset('ulla@firma.dk')).statusCode).toBe(202);
    await mailsTo(dataDir, 'ulla@firma.dk', 3);
    const fourth = await requestReset('ulla@firma.dk');
    expect(fourth.statusCode).toBe(202);
    expect(fourth.json()).toEqual(RESET_ANSWER);
    // Another address still gets its mail; once it is there, the fourth would have been too.
    await requestReset('viggo@firma.dk');
    await mailsTo(dataDir, 'viggo@firma.dk');
    expect((await readMails(dataDir)).filter((m) => m.to === 'ulla@firma.dk')).toHaveLength(3);
  });

  it('refuses a malformed request with a 400 naming the field', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'not-an-email' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      { field: 'email', message: 'email must be a valid email address' },
    ]);
  });
});

describe('sessions', () => {
  it('never authenticates a session id chosen before sign-in (fixation): sign-in issues a new one', async () => {
    await signUp(api, 'walter@firma.dk');
    const planted = 'attacker-chosen-session-token';
    const response = await inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'walter@firma.dk', password: TEST_PASSWORD },
      cookies: { videnbro_session: planted },
      headers: { origin: 'http://localhost:80' },
    });
    expect(response.statusCode).toBe(200);
    const issued = response.json().accessToken;
    expect(issued).not.toBe(planted);
    expect(String(response.headers['set-cookie'])).toContain(`videnbro_session=${issued}`);
    expect((await me(planted)).statusCode).toBe(401);
    expect((await me(issued)).statusCode).toBe(200);
  });

  it('signs in twice as two sessions, and signing out one leaves the other', async () => {
    await signUp(api, 'xenia@firma.dk');
    const a = (await login('xenia@firma.dk', TEST_PASSWORD)).json().accessToken;
    const b = (await login('xenia@firma.dk', TEST_PASSWORD)).json().accessToken;
    expect(a).not.toBe(b);
    const out = await inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { authorization: `Bearer ${a}` },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(a)).statusCode).toBe(401);
    expect((await me(b)).statusCode).toBe(200);
  });
});

describe('password change', () => {
  it('needs the current password, keeps this session and signs out every other', async () => {
    const user = await signUp(api, 'yrsa@firma.dk');
    const other = (await login('yrsa@firma.dk', TEST_PASSWORD)).json().accessToken;
    const change = (payload: object) =>
      inject({ method: 'POST', url: '/api/v1/me/password', headers: user.headers, payload });

    const wrong = await change({ currentPassword: 'not-my-password-1', newPassword: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details).toEqual([
      { field: 'currentPassword', message: 'The password is not correct' },
    ]);
    const weak = await change({ currentPassword: TEST_PASSWORD, newPassword: 'qwerty123456' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().details[0].field).toBe('newPassword');
    expect((await me(other)).statusCode).toBe(200);

    expect((await change({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(
      204,
    );
    expect((await me(user.token)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await login('yrsa@firma.dk', NEW_PASSWORD)).statusCode).toBe(200);
  });
});

describe('email change confirmed by the new address', () => {
  const requestChange = (headers: Record<string, string>, payload: object) =>
    inject({ method: 'POST', url: '/api/v1/me/email', headers, payload });
  const confirm = (token: string) => inject({ method: 'POST', url: `/api/v1/me/email/confirm/${token}` });

  it('changes the address only when the link mailed to the new one is opened, and tells the old one', async () => {
    const user = await signUp(api, 'zenia@firma.dk', { locale: 'da' });
    const asked = await requestChange(user.headers, {
      newEmail: 'Zenia@Nyt-Firma.dk',
      password: TEST_PASSWORD,
    });
    expect(asked.statusCode).toBe(202);

    const [confirmation] = await mailsTo(dataDir, 'zenia@nyt-firma.dk');
    expect(confirmation.subject).toBe('Bekræft din nye e-mailadresse på Videnbro');
    const [notice] = await mailsTo(dataDir, 'zenia@firma.dk');
    expect(notice.subject).toBe('Din e-mailadresse på Videnbro skal skiftes');
    expect(notice.body).not.toMatch(/confirm-email/);
    // Nothing changes before the link is opened.
    expect((await me(user.token)).json().user.email).toBe('zenia@firma.dk');

    const token = linkToken(confirmation, '/confirm-email/');
    expect((await confirm(token)).statusCode).toBe(204);
    expect((await me(user.token)).json().user.email).toBe('zenia@nyt-firma.dk');
    expect((await login('zenia@firma.dk', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('zenia@nyt-firma.dk', TEST_PASSWORD)).statusCode).toBe(200);
    expect((await confirm(token)).statusCode).toBe(410);
  });

  it('answers a taken address like any other, and mails nothing to it', async () => {
    const user = await signUp(api, 'aase@firma.dk');
    await signUp(api, 'bent@firma.dk');
    const taken = await requestChange(user.headers, { newEmail: 'bent@firma.dk', password: TEST_PASSWORD });
    const free = await requestChange(user.headers, { newEmail: 'aase@andet.dk', password: TEST_PASSWORD });
    expect(taken.statusCode).toBe(202);
    expect(taken.json()).toEqual(free.json());
    await mailsTo(dataDir, 'aase@andet.dk');
    expect((await readMails(dataDir)).filter((m) => m.to === 'bent@firma.dk')).toEqual([]);
  });

  it('refuses a wrong password or a bad address with a 400, and answers 409 when the address was taken meanwhile', async () => {
    const user = await signUp(api, 'carl@firma.dk');
    const wrong = await requestChange(user.headers, {
      newEmail: 'carl@nyt.dk',
      password: 'not-my-password-1',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details).toEqual([{ field: 'password', message: 'The password is not correct' }]);
    const bad = await requestChange(user.headers, { newEmail: 'nope', password: TEST_PASSWORD });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('newEmail');
    const same = await requestChange(user.headers, { newEmail: 'CARL@firma.dk', password: TEST_PASSWORD });
    expect(same.statusCode).toBe(400);
    expect(await db().query(`select 1 from account_tokens where user_id = $1`, [user.id])).toEqual([]);

    await requestChange(user.headers, { newEmail: 'carl@nyt.dk', password: TEST_PASSWORD });
    const token = linkToken((await mailsTo(dataDir, 'carl@nyt.dk'))[0], '/confirm-email/');
    await signUp(api, 'carl@nyt.dk');
    const late = await confirm(token);
    expect(late.statusCode).toBe(409);
    expect((await me(user.token)).json().user.email).toBe('carl@firma.dk');
  });

  it('backs off after repeated wrong passwords like sign-in does, so a stolen session cannot guess it', async () => {
    const user = await signUp(api, 'dorte@firma.dk');
    for (let attempt = 0; attempt < 6; attempt++) {
      const wrong = await requestChange(user.headers, {
        newEmail: 'dorte@nyt.dk',
        password: 'guess-number-' + attempt,
      });
      expect(wrong.statusCode).toBe(400);
    }
    const blocked = await requestChange(user.headers, { newEmail: 'dorte@nyt.dk', password: TEST_PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().message).toMatch(/Too many failed sign-ins/);
    const erase = await inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: user.headers,
      payload: { password: TEST_PASSWORD },
    });
    expect(erase.statusCode).toBe(429);
    expect(await db().query(`select 1 from account_tokens where user_id = $1`, [user.id])).toEqual([]);
  });
});
