import { DELETED_USER_NAME, USER_COLUMNS } from '@videnbro/account';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from './test-app';
import { buildPostingWorld, expectStatus, injectAs, needPayload, PostingWorld } from './test-postings';
import { signUp, TEST_PASSWORD } from './test-users';
import type { TestUser } from './test-users';

let api: TestApi;
let world: PostingWorld;
let needId: string;

beforeAll(async () => {
  api = await startTestApi();
  world = await buildPostingWorld(api);
  // Anna writes a need with her colleague Carl as its contact.
  needId = (
    await expectStatus(
      injectAs(api, world.users.author, {
        method: 'POST',
        url: '/api/v1/needs',
        payload: needPayload(world.orgs.sme, { contactUserId: world.users.colleague.id }),
      }),
      201,
    )
  ).id;
});
afterAll(() => api.close());

const db = () => api.app.get(DataSource);
const exportOf = (user: TestUser) => injectAs(api, user, { method: 'GET', url: '/api/v1/me/export' });
const erase = (user: TestUser, password: string, headers: Record<string, string> = {}) =>
  injectAs(api, user, { method: 'DELETE', url: '/api/v1/me', payload: { password }, headers });
const signInStatus = async (email: string) =>
  (
    await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: TEST_PASSWORD },
    })
  ).statusCode;

describe('the personal data plan', () => {
  it('names every column that points at a user, so a new one is decided before it ships', async () => {
    const columns: { name: string }[] = await db().query(
      `select src.relname || '.' || a.attname as name
       from pg_constraint c
       join pg_class src on src.oid = c.conrelid
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
       where c.contype = 'f' and c.confrelid = 'users'::regclass
       order by 1`,
    );
    expect(columns.length).toBeGreaterThan(10);
    expect(columns.map((column) => column.name).filter((name) => !(name in USER_COLUMNS))).toEqual([]);
  });
});

describe('GET /me/export', () => {
  it("gives the caller's personal data as a JSON download, without secrets", async () => {
    const response = await exportOf(world.users.author);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="videnbro-personal-data.json"',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const data = response.json();
    expect(data.profile).toMatchObject({
      id: world.users.author.id,
      email: 'anna@mejeri.dk',
      name: 'Anna Author',
      locale: 'da',
      roles: [],
    });
    expect(data.memberships).toEqual([
      expect.objectContaining({
        organizationId: world.orgs.sme,
        organizationName: 'Fjordmejeriet ApS',
        role: 'member',
      }),
    ]);
    expect(data.joinRequests).toEqual([
      expect.objectContaining({ organizationName: 'Fjordmejeriet ApS', status: 'approved' }),
    ]);
    expect(data.postings).toEqual([
      expect.objectContaining({
        type: 'need',
        id: needId,
        title: 'Predicting illness in dairy cows',
        author: true,
        contact: false,
      }),
    ]);
    expect(data.sessions).toEqual([
      {
        id: expect.any(String),
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
        revokedAt: null,
      },
    ]);
    expect(data.audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ byMe: true, entityType: 'need', entityId: needId, action: 'create' }),
      ]),
    );
    for (const section of [
      'invitationsSent',
      'invitationsReceived',
      'cases',
      'caseEvents',
      'consents',
      'activities',
    ]) {
      expect(data[section]).toEqual([]);
    }
    expect(Object.keys(data.other).sort()).toEqual(expect.arrayContaining(['notifications']));
    expect(response.body).not.toMatch(/token_?hash|password/i);
    expect(response.body).not.toContain(world.users.author.token);
    // Nobody else's: the need's contact is Carl, whose name and address are not in Anna's export.
    expect(response.body).not.toContain('carl@mejeri.dk');
  });

  it('shows the postings one is the contact of', async () => {
    const data = (await exportOf(world.users.colleague)).json();
    expect(data.postings).toEqual([expect.objectContaining({ id: needId, author: false, contact: true })]);
  });

  it('is for signed-in users only', async () => {
    expect((await injectAs(api, null, { method: 'GET', url: '/api/v1/me/export' })).statusCode).toBe(401);
  });
});

describe('DELETE /me', () => {
  it('needs the password and a same-origin request; a refusal changes nothing', async () => {
    const carl = world.users.colleague;
    const wrong = await erase(carl, 'not-my-password-1');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details).toEqual([{ field: 'password', message: 'The password is not correct' }]);
    const foreign = await api.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      cookies: { videnbro_session: carl.token },
      headers: { origin: 'https://evil.example' },
      payload: { password: TEST_PASSWORD },
    });
    expect(foreign.statusCode).toBe(403);
    expect(await signInStatus('carl@mejeri.dk')).toBe(200);
  });

  it('erases the personal data, keeps what the user wrote under "Deleted user", and frees the address', async () => {
    const carl = world.users.colleague;
    const response = await api.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      cookies: { videnbro_session: carl.token },
      headers: { origin: 'http://localhost:80' },
      payload: { password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(/videnbro_session=;/);

    expect((await injectAs(api, carl, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    expect(await signInStatus('carl@mejeri.dk')).toBe(401);
    const [user] = await db().query(`select name, email, roles, password_hash from users where id = $1`, [
      carl.id,
    ]);
    expect(user).toEqual({
      name: DELETED_USER_NAME,
      email: `deleted-${carl.id}@deleted.invalid`,
      roles: [],
      password_hash: expect.not.stringMatching(/^\$argon2/),
    });
    expect(await db().query(`select 1 from sessions where user_id = $1`, [carl.id])).toEqual([]);
    expect(await db().query(`select 1 from organization_memberships where user_id = $1`, [carl.id])).toEqual(
      [],
    );
    expect(
      await db().query(`select 1 from organization_join_requests where user_id = $1`, [carl.id]),
    ).toEqual([]);
    // The need stays, with no contact; the organisation keeps its other members.
    expect(
      await db().query(`select contact_user_id, author_user_id from needs where id = $1`, [needId]),
    ).toEqual([{ contact_user_id: null, author_user_id: world.users.author.id }]);
    const members = await expectStatus(
      injectAs(api, world.users.smeOwner, {
        method: 'GET',
        url: `/api/v1/organizations/${world.orgs.sme}/members`,
      }),
      200,
    );
    expect(members.items.map((m: { email: string }) => m.email)).not.toContain('carl@mejeri.dk');
    expect(
      await db().query(
        `select action, changes from audit_entries where entity_type = 'user' and entity_id = $1`,
        [carl.id],
      ),
    ).toEqual([{ action: 'erase', changes: {} }]);

    expect((await signUp(api, 'carl@mejeri.dk')).email).toBe('carl@mejeri.dk');
  });

  it('leaves the address nowhere in the database, the audit log of an invitation to it included', async () => {
    const address = 'ivan@mejeri.dk';
    await expectStatus(
      injectAs(api, world.users.smeOwner, {
        method: 'POST',
        url: `/api/v1/organizations/${world.orgs.sme}/invitations`,
        payload: { email: address, role: 'member' },
      }),
      201,
    );
    const ivan = await signUp(api, address, { name: 'Ivan Invited' });
    const rowsWith = async (text: string) => {
      const tables: { name: string }[] = await db().query(
        `select table_name as name from information_schema.tables
         where table_schema = 'public' and table_type = 'BASE TABLE'`,
      );
      const found: string[] = [];
      for (const { name } of tables) {
        const [{ count }] = await db().query(
          `select count(*)::int as count from "${name}" t where t::text ilike '%' || $1 || '%'`,
          [text],
        );
        if (count) found.push(`${name}: ${count}`);
      }
      return found;
    };
    expect(await rowsWith(address)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^users: /), expect.stringMatching(/^audit_entries: /)]),
    );
    expect((await erase(ivan, TEST_PASSWORD)).statusCode).toBe(204);
    expect(await rowsWith(address)).toEqual([]);
    expect(await rowsWith('Ivan Invited')).toEqual([]);
  });

  it('keeps a deleted author on what they wrote, under "Deleted user"', async () => {
    expect((await erase(world.users.author, TEST_PASSWORD)).statusCode).toBe(204);
    const need = await expectStatus(
      injectAs(api, world.users.smeOwner, { method: 'GET', url: `/api/v1/needs/${needId}` }),
      200,
    );
    expect(need.title).toBe('Predicting illness in dairy cows');
    expect(await db().query(`select author_user_id from needs where id = $1`, [needId])).toEqual([
      { author_user_id: world.users.author.id },
    ]);
  });

  it('asks the only owner of an organisation to hand over first (409), then lets them go', async () => {
    const olga = world.users.smeOwner;
    const refused = await erase(olga, TEST_PASSWORD);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message:
        'You are the only owner of Fjordmejeriet ApS: make another member owner (or delete the organisation) first',
    });
    expect(await signInStatus('olga@mejeri.dk')).toBe(200);

    await expectStatus(
      injectAs(api, olga, {
        method: 'PATCH',
        url: `/api/v1/organizations/${world.orgs.sme}/members/${world.users.smeAdmin.id}`,
        payload: { role: 'owner' },
      }),
      200,
    );
    expect((await erase(olga, TEST_PASSWORD)).statusCode).toBe(204);
    const organization = await expectStatus(
      injectAs(api, world.users.smeAdmin, { method: 'GET', url: `/api/v1/organizations/${world.orgs.sme}` }),
      200,
    );
    expect(organization.name).toBe('Fjordmejeriet ApS');
  });
});

describe("admins' reads of personal data", () => {
  const readsBy = async (user: TestUser) =>
    (
      await db().query(
        `select entity_id as "organizationId", action from audit_entries
         where actor_user_id = $1 and action like 'read_%' order by occurred_at`,
        [user.id],
      )
    ).map((row: { organizationId: string; action: string }) => row);

  it("are audited when a platform admin reads an organisation's members, invitations or join requests", async () => {
    const admin = world.users.admin;
    for (const path of ['members', 'invitations', 'join-requests']) {
      await expectStatus(
        injectAs(api, admin, {
          method: 'GET',
          url: `/api/v1/organizations/${world.orgs.university}/${path}`,
        }),
        200,
      );
    }
    expect(await readsBy(admin)).toEqual([
      { organizationId: world.orgs.university, action: 'read_members' },
      { organizationId: world.orgs.university, action: 'read_invitations' },
      { organizationId: world.orgs.university, action: 'read_join_requests' },
    ]);
  });

  it("are not audited for the organisation's own members", async () => {
    const scholar = world.users.scholar;
    for (const path of ['members', 'invitations', 'join-requests']) {
      await expectStatus(
        injectAs(api, scholar, {
          method: 'GET',
          url: `/api/v1/organizations/${world.orgs.university}/${path}`,
        }),
        200,
      );
    }
    expect(await readsBy(scholar)).toEqual([]);
  });
});
