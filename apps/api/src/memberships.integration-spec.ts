import { Clock } from '@videnbro/organizations';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from './test-app';
import { signUp, TestUser } from './test-users';
import { readMails } from './test-mail';

let api: TestApi;
let db: DataSource;
let dataDir: string;
let owner: TestUser;
let admin: TestUser;
let member: TestUser;
let outsider: TestUser;
let platformAdmin: TestUser;
let programme: TestUser;
let orgId: string;

type Inject = Exclude<Parameters<TestApi['app']['inject']>[0], string>;
const as = (user: TestUser | null, options: Inject) =>
  api.app.inject({ ...options, headers: { ...(user ? user.headers : {}), ...options.headers } });

const DAY_MS = 86_400_000;

const mails = () => readMails(dataDir);

async function lastMailTo(email: string) {
  const found = (await mails()).filter((mail) => mail.to === email);
  return found[found.length - 1];
}

function invitationToken(mail: { body: string }): string {
  const match = /http:\/\/localhost:3000\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.body);
  if (!match) throw new Error(`no invitation link in ${mail.body}`);
  return match[1];
}

async function invite(by: TestUser, email: string, role = 'member', organizationId = orgId) {
  return as(by, {
    method: 'POST',
    url: `/api/v1/organizations/${organizationId}/invitations`,
    payload: { email, role },
  });
}

/** Invites, reads the link from the mail file, accepts as the user. */
async function join_(user: TestUser, role: 'owner' | 'admin' | 'member', organizationId = orgId, by = owner) {
  expect((await invite(by, user.email, role, organizationId)).statusCode).toBe(201);
  const token = invitationToken(await lastMailTo(user.email));
  const accepted = await as(user, { method: 'POST', url: `/api/v1/invitations/${token}/accept` });
  expect(accepted.statusCode).toBe(200);
}

async function roleOf(userId: string, organizationId = orgId): Promise<string | null> {
  const rows = await db.query(
    `select role from organization_memberships where organization_id = $1 and user_id = $2`,
    [organizationId, userId],
  );
  return rows[0]?.role ?? null;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'videnbro-memberships-'));
  api = await startTestApi({ DATA_DIR: dataDir, PUBLIC_URL: 'http://localhost:3000' });
  db = api.app.get(DataSource);
  owner = await signUp(api, 'olga@fjord.dk', { name: 'Olga Owner', locale: 'da' });
  admin = await signUp(api, 'adam@fjord.dk', { name: 'Adam Admin', locale: 'en' });
  member = await signUp(api, 'mia@fjord.dk', { name: 'Mia Member' });
  outsider = await signUp(api, 'uma@nowhere.dk', { name: 'Uma Outsider', locale: 'en' });
  platformAdmin = await signUp(api, 'pia@videnbro.dk', { roles: ['admin'] });
  programme = await signUp(api, 'per@erst.dk', { roles: ['programme'] });
  const created = await as(owner, {
    method: 'POST',
    url: '/api/v1/organizations',
    payload: { kind: 'sme', name: 'Fjordmejeriet', cvr: '12345674' },
  });
  orgId = created.json().id;
  await join_(admin, 'admin');
  await join_(member, 'member');
});
afterAll(async () => {
  await api.close();
  await rm(dataDir, { recursive: true, force: true });
});
afterEach(() => jest.restoreAllMocks());

describe('members', () => {
  it('shows names, emails and roles to members, owners first', async () => {
    const response = await as(member, { method: 'GET', url: `/api/v1/organizations/${orgId}/members` });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      {
        userId: owner.id,
        name: 'Olga Owner',
        email: 'olga@fjord.dk',
        role: 'owner',
        since: expect.any(String),
      },
      {
        userId: admin.id,
        name: 'Adam Admin',
        email: 'adam@fjord.dk',
        role: 'admin',
        since: expect.any(String),
      },
      {
        userId: member.id,
        name: 'Mia Member',
        email: 'mia@fjord.dk',
        role: 'member',
        since: expect.any(String),
      },
    ]);
  });

  it('keeps that personal data inside the organisation (and platform admins)', async () => {
    const url = `/api/v1/organizations/${orgId}/members`;
    expect((await as(null, { method: 'GET', url })).statusCode).toBe(401);
    expect((await as(outsider, { method: 'GET', url })).statusCode).toBe(403);
    expect((await as(programme, { method: 'GET', url })).statusCode).toBe(403);
    expect((await as(platformAdmin, { method: 'GET', url })).statusCode).toBe(200);
  });

  it('lists my organisations with my role', async () => {
    const response = await as(admin, { method: 'GET', url: '/api/v1/me/organizations' });
    expect(response.json().items).toEqual([
      {
        organization: expect.objectContaining({ id: orgId, name: 'Fjordmejeriet' }),
        role: 'admin',
        since: expect.any(String),
      },
    ]);
    expect((await as(null, { method: 'GET', url: '/api/v1/me/organizations' })).statusCode).toBe(401);
  });

  describe('roles', () => {
    let org: string;
    let a: TestUser;
    let b: TestUser;
    let c: TestUser;

    beforeAll(async () => {
      a = await signUp(api, 'a@roles.dk');
      b = await signUp(api, 'b@roles.dk');
      c = await signUp(api, 'c@roles.dk');
      org = (
        await as(a, {
          method: 'POST',
          url: '/api/v1/organizations',
          payload: { kind: 'other', name: 'Roles' },
        })
      ).json().id;
      await join_(b, 'admin', org, a);
      await join_(c, 'member', org, a);
    });

    const setRole = (by: TestUser | null, user: TestUser, role: string) =>
      as(by, { method: 'PATCH', url: `/api/v1/organizations/${org}/members/${user.id}`, payload: { role } });

    it('lets an admin make a member admin, audited with from and to', async () => {
      const response = await setRole(b, c, 'admin');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ userId: c.id, role: 'admin' });
      const [entry] = await db.query(
        `select actor_user_id, changes from audit_entries where entity_type = 'membership' and action = 'update'
         order by occurred_at desc limit 1`,
      );
      expect(entry).toEqual({ actor_user_id: b.id, changes: { role: { from: 'member', to: 'admin' } } });
      expect((await setRole(b, c, 'member')).statusCode).toBe(200);
    });

    it('refuses members, outsiders, anonymous callers and bad roles', async () => {
      expect((await setRole(c, b, 'member')).statusCode).toBe(403);
      expect((await setRole(outsider, c, 'admin')).statusCode).toBe(403);
      expect((await setRole(null, c, 'admin')).statusCode).toBe(401);
      const bad = await setRole(a, c, 'king');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details[0].field).toBe('role');
      expect((await setRole(a, outsider, 'admin')).statusCode).toBe(404);
      expect(await roleOf(c.id, org)).toBe('member');
    });

    it('lets only owners (and platform admins) make or unmake owners', async () => {
      expect((await setRole(b, c, 'owner')).statusCode).toBe(403);
      expect((await setRole(b, a, 'admin')).statusCode).toBe(403);
      expect((await setRole(a, b, 'owner')).statusCode).toBe(200);
      expect((await setRole(platformAdmin, b, 'admin')).statusCode).toBe(200);
      expect(await roleOf(b.id, org)).toBe('admin');
    });

    it('never demotes or removes the last owner (409), and lets them go once another owner exists', async () => {
      const demote = await setRole(a, a, 'admin');
      expect(demote.statusCode).toBe(409);
      expect(demote.json().message).toBe('The last owner cannot be demoted: make another member owner first');
      const leave = await as(a, { method: 'DELETE', url: `/api/v1/organizations/${org}/members/${a.id}` });
      expect(leave.statusCode).toBe(409);
      expect(leave.json().message).toBe('The last owner cannot leave: make another member owner first');
      const byAdmin = await as(platformAdmin, {
        method: 'DELETE',
        url: `/api/v1/organizations/${org}/members/${a.id}`,
      });
      expect(byAdmin.statusCode).toBe(409);
      expect(await roleOf(a.id, org)).toBe('owner');

      expect((await setRole(a, b, 'owner')).statusCode).toBe(200);
      expect((await setRole(a, a, 'member')).statusCode).toBe(200);
      expect(await roleOf(a.id, org)).toBe('member');
    });

    it('lets anyone leave, admins remove members but not owners, and records it', async () => {
      // a is a member now, b the owner, c a member.
      expect(
        (await as(c, { method: 'DELETE', url: `/api/v1/organizations/${org}/members/${a.id}` })).statusCode,
      ).toBe(403);
      const leave = await as(a, { method: 'DELETE', url: `/api/v1/organizations/${org}/members/${a.id}` });
      expect(leave.statusCode).toBe(204);
      expect(await roleOf(a.id, org)).toBeNull();
      await join_(a, 'admin', org, b);
      expect(
        (await as(a, { method: 'DELETE', url: `/api/v1/organizations/${org}/members/${b.id}` })).statusCode,
      ).toBe(403);
      const removed = await as(a, { method: 'DELETE', url: `/api/v1/organizations/${org}/members/${c.id}` });
      expect(removed.statusCode).toBe(204);
      const [entry] = await db.query(
        `select action, actor_user_id, changes from audit_entries where entity_type = 'membership'
         and action = 'delete' order by occurred_at desc limit 1`,
      );
      expect(entry).toEqual({
        action: 'delete',
        actor_user_id: a.id,
        changes: {
          organizationId: { from: org, to: null },
          userId: { from: c.id, to: null },
          role: { from: 'member', to: null },
        },
      });
      expect(
        (await as(a, { method: 'DELETE', url: `/api/v1/organizations/${org}/members/${c.id}` })).statusCode,
      ).toBe(404);
    });
  });
});

describe('invitations', () => {
  it('mails a single-use link in the language of the inviter when the invitee has no account', async () => {
    const response = await invite(admin, '  Nina@Firma.DK ', 'member');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      email: 'nina@firma.dk',
      role: 'member',
      status: 'pending',
      emailSent: true,
      invitedBy: { userId: admin.id, name: 'Adam Admin' },
      organizationId: orgId,
    });
    expect(response.json()).not.toHaveProperty('token');
    const expiresIn = Date.parse(response.json().expiresAt) - Date.parse(response.json().createdAt);
    expect(Math.round(expiresIn / DAY_MS)).toBe(7);
    const mail = await lastMailTo('nina@firma.dk');
    expect(mail.file).toMatch(
      /^\d{4}-\d\d-\d\dT[\d-]+Z-\d{3}-you-are-invited-to-fjordmejeriet-on-videnbro\.txt$/,
    );
    expect(mail.subject).toBe('You are invited to Fjordmejeriet on Videnbro');
    expect(mail.body).toContain('Adam Admin has invited you to join Fjordmejeriet on Videnbro as a member.');
    const token = invitationToken(mail);
    expect(token).toHaveLength(43);
    // Only the token's hash is stored.
    const stored = await db.query(
      `select token_hash from organization_invitations where email = 'nina@firma.dk'`,
    );
    expect(stored[0].token_hash).toHaveLength(64);
    expect(stored[0].token_hash).not.toContain(token);
  });

  it('writes to a known user in their own language', async () => {
    const dane = await signUp(api, 'dorte@firma.dk', { locale: 'da' });
    expect((await invite(admin, dane.email, 'admin')).statusCode).toBe(201);
    const mail = await lastMailTo(dane.email);
    expect(mail.subject).toBe('Du er inviteret til Fjordmejeriet på Videnbro');
    expect(mail.body).toContain(
      'Adam Admin har inviteret dig til Fjordmejeriet på Videnbro som administrator.',
    );
  });

  it('shows the link holder what it offers, and accepts it for the invited email only, once', async () => {
    const invitee = await signUp(api, 'ivan@firma.dk');
    await invite(owner, invitee.email, 'admin');
    const token = invitationToken(await lastMailTo(invitee.email));

    const preview = await as(null, { method: 'GET', url: `/api/v1/invitations/${token}` });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({
      organizationId: orgId,
      organizationName: 'Fjordmejeriet',
      email: 'ivan@firma.dk',
      role: 'admin',
      expiresAt: expect.any(String),
    });

    expect((await as(null, { method: 'POST', url: `/api/v1/invitations/${token}/accept` })).statusCode).toBe(
      401,
    );
    const wrong = await as(outsider, { method: 'POST', url: `/api/v1/invitations/${token}/accept` });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().message).toMatch(/another email address/);
    expect(await roleOf(outsider.id)).toBeNull();

    const accepted = await as(invitee, { method: 'POST', url: `/api/v1/invitations/${token}/accept` });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ role: 'admin', organization: { id: orgId } });
    expect(await roleOf(invitee.id)).toBe('admin');

    const reuse = await as(invitee, { method: 'POST', url: `/api/v1/invitations/${token}/accept` });
    expect(reuse.statusCode).toBe(410);
    expect(reuse.json()).toEqual({
      statusCode: 410,
      error: 'Gone',
      message: 'This invitation has been used',
    });
    expect((await as(null, { method: 'GET', url: `/api/v1/invitations/${token}` })).statusCode).toBe(410);

    const audit = await db.query(
      `select entity_type, action from audit_entries where actor_user_id = $1 order by occurred_at`,
      [invitee.id],
    );
    expect(audit).toEqual([
      { entity_type: 'invitation', action: 'accept' },
      { entity_type: 'membership', action: 'create' },
    ]);
  });

  it('matches the email case-insensitively', async () => {
    const invitee = await signUp(api, 'kim@firma.dk');
    await invite(owner, 'KIM@FIRMA.DK');
    const token = invitationToken(await lastMailTo('kim@firma.dk'));
    expect(
      (await as(invitee, { method: 'POST', url: `/api/v1/invitations/${token}/accept` })).statusCode,
    ).toBe(200);
  });

  it('expires after 7 days (410), by the clock', async () => {
    const invitee = await signUp(api, 'eva@firma.dk');
    await invite(owner, invitee.email);
    const token = invitationToken(await lastMailTo(invitee.email));
    const clock = api.app.get(Clock);
    const now = Date.now();
    jest.spyOn(clock, 'now').mockReturnValue(new Date(now + 7 * DAY_MS - 60_000));
    expect((await as(null, { method: 'GET', url: `/api/v1/invitations/${token}` })).statusCode).toBe(200);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(now + 7 * DAY_MS + 60_000));
    const expired = await as(invitee, { method: 'POST', url: `/api/v1/invitations/${token}/accept` });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().message).toBe('This invitation has expired: ask for a new one');
    expect(await roleOf(invitee.id)).toBeNull();
    const list = await as(owner, { method: 'GET', url: `/api/v1/organizations/${orgId}/invitations` });
    expect(list.json().items.find((i: { email: string }) => i.email === invitee.email).status).toBe(
      'expired',
    );
  });

  it('refuses a member accepting again (409) and any link of a deleted organisation (410)', async () => {
    const invitee = await signUp(api, 'tove@firma.dk');
    const org = (
      await as(invitee, {
        method: 'POST',
        url: '/api/v1/organizations',
        payload: { kind: 'other', name: 'Gone Org' },
      })
    ).json().id;
    // Invited to an organisation she owns already.
    await invite(invitee, 'someone@firma.dk', 'member', org);
    const own = await signUp(api, 'someone@firma.dk');
    const token = invitationToken(await lastMailTo(own.email));
    expect((await as(own, { method: 'POST', url: `/api/v1/invitations/${token}/accept` })).statusCode).toBe(
      200,
    );
    await invite(own, invitee.email, 'member', org).then((r) => expect(r.statusCode).toBe(403));
    await invite(invitee, own.email, 'admin', org).then((r) => expect(r.statusCode).toBe(409));

    // Invited, then joined another way before accepting.
    const xena = await signUp(api, 'xena@firma.dk');
    await invite(invitee, xena.email, 'member', org);
    const xenaToken = invitationToken(await lastMailTo(xena.email));
    const asked = await as(xena, {
      method: 'POST',
      url: `/api/v1/organizations/${org}/join-requests`,
      payload: {},
    });
    await as(invitee, {
      method: 'POST',
      url: `/api/v1/organizations/${org}/join-requests/${asked.json().id}/approve`,
    });
    const twice = await as(xena, { method: 'POST', url: `/api/v1/invitations/${xenaToken}/accept` });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe('You are a member of this organisation already');

    await invite(invitee, 'late@firma.dk', 'member', org);
    const late = invitationToken(await lastMailTo('late@firma.dk'));
    expect((await as(invitee, { method: 'DELETE', url: `/api/v1/organizations/${org}` })).statusCode).toBe(
      204,
    );
    const preview = await as(null, { method: 'GET', url: `/api/v1/invitations/${late}` });
    expect(preview.statusCode).toBe(410);
    expect(preview.json().message).toBe('The organisation no longer exists');
  });

  it('answers 404 for an unknown or malformed link', async () => {
    for (const token of ['A'.repeat(43), 'short', 'x'.repeat(90)]) {
      const response = await as(null, { method: 'GET', url: `/api/v1/invitations/${token}` });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'Invitation not found',
      });
    }
  });

  it('replaces an open invitation when sending again, and withdraws one on request', async () => {
    const invitee = await signUp(api, 'rita@firma.dk');
    await invite(owner, invitee.email);
    const first = invitationToken(await lastMailTo(invitee.email));
    const second = await invite(owner, invitee.email);
    const secondToken = invitationToken(await lastMailTo(invitee.email));
    expect(secondToken).not.toBe(first);
    expect((await as(null, { method: 'GET', url: `/api/v1/invitations/${first}` })).json().message).toBe(
      'This invitation has been withdrawn',
    );
    const url = `/api/v1/organizations/${orgId}/invitations/${second.json().id}`;
    expect((await as(member, { method: 'DELETE', url })).statusCode).toBe(403);
    expect((await as(owner, { method: 'DELETE', url })).statusCode).toBe(204);
    const response = await as(invitee, { method: 'POST', url: `/api/v1/invitations/${secondToken}/accept` });
    expect(response.statusCode).toBe(410);
    expect(
      (
        await as(owner, {
          method: 'DELETE',
          url: `/api/v1/organizations/${orgId}/invitations/00000000-0000-4000-8000-000000000000`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it.each([
    ['anonymous', () => null, 'member', 401],
    ['a plain member', () => member, 'member', 403],
    ['an outsider', () => outsider, 'member', 403],
    ['an admin inviting an owner', () => admin, 'owner', 403],
  ])('refuses %s', async (_who, user, role, status) => {
    const response = await invite(user() as TestUser, 'nobody@firma.dk', role);
    expect(response.statusCode).toBe(status);
    expect(await lastMailTo('nobody@firma.dk')).toBeUndefined();
  });

  it('lets a platform admin invite, refuses bad input and existing members', async () => {
    expect((await invite(platformAdmin, 'pa-invite@firma.dk')).statusCode).toBe(201);
    const bad = await invite(owner, 'not-an-email', 'member');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('email');
    expect((await invite(owner, 'x@firma.dk', 'boss')).statusCode).toBe(400);
    const existing = await invite(owner, 'MIA@fjord.dk');
    expect(existing.statusCode).toBe(409);
  });

  it('lists invitations to owners and admins only', async () => {
    const url = `/api/v1/organizations/${orgId}/invitations`;
    const list = await as(admin, { method: 'GET', url });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThan(3);
    expect(list.json().items[0]).toEqual({
      id: expect.any(String),
      organizationId: orgId,
      email: expect.any(String),
      role: expect.any(String),
      status: expect.stringMatching(/pending|accepted|revoked|expired/),
      invitedBy: expect.anything(),
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
    });
    expect((await as(member, { method: 'GET', url })).statusCode).toBe(403);
  });
});

describe('join requests', () => {
  let asker: TestUser;
  let requestId: string;

  beforeAll(async () => {
    asker = await signUp(api, 'jon@andet.dk', { name: 'Jon Joiner' });
  });

  it('lets a signed-in user ask once, and mails each owner and admin in their language', async () => {
    const response = await as(asker, {
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/join-requests`,
      payload: { message: ' I run the lab in Vejle. ' },
    });
    expect(response.statusCode).toBe(201);
    requestId = response.json().id;
    expect(response.json()).toEqual({
      id: requestId,
      organizationId: orgId,
      userId: asker.id,
      userName: 'Jon Joiner',
      userEmail: 'jon@andet.dk',
      message: 'I run the lab in Vejle.',
      status: 'pending',
      createdAt: expect.any(String),
      decidedAt: null,
    });
    const toOwner = await lastMailTo('olga@fjord.dk');
    expect(toOwner.subject).toBe('Jon Joiner vil gerne være med i Fjordmejeriet');
    expect(toOwner.body).toContain(`http://localhost:3000/organizations/${orgId}/join-requests`);
    const toAdmin = await lastMailTo('adam@fjord.dk');
    expect(toAdmin.subject).toBe('Jon Joiner asks to join Fjordmejeriet');
    expect(toAdmin.body).toContain('Message: I run the lab in Vejle.');
    expect((await mails()).filter((mail) => mail.to === 'mia@fjord.dk' && /Jon/.test(mail.subject))).toEqual(
      [],
    );

    const again = await as(asker, {
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/join-requests`,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    const byMember = await as(member, {
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/join-requests`,
      payload: {},
    });
    expect(byMember.statusCode).toBe(409);
    const tooLong = await as(outsider, {
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/join-requests`,
      payload: { message: 'x'.repeat(1001) },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(
      (await as(null, { method: 'POST', url: `/api/v1/organizations/${orgId}/join-requests`, payload: {} }))
        .statusCode,
    ).toBe(401);
    expect(
      (
        await as(asker, {
          method: 'POST',
          url: '/api/v1/organizations/00000000-0000-4000-8000-000000000000/join-requests',
          payload: {},
        })
      ).statusCode,
    ).toBe(404);
  });

  it('shows the requests to owners and admins only', async () => {
    const url = `/api/v1/organizations/${orgId}/join-requests`;
    const list = await as(admin, { method: 'GET', url: `${url}?status=pending` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { id: string }) => r.id)).toEqual([requestId]);
    expect((await as(member, { method: 'GET', url })).statusCode).toBe(403);
    expect((await as(asker, { method: 'GET', url })).statusCode).toBe(403);
    expect((await as(admin, { method: 'GET', url: `${url}?status=maybe` })).statusCode).toBe(400);
  });

  it('is decided by an owner or admin: approving makes a member, once', async () => {
    const approve = (user: TestUser) =>
      as(user, { method: 'POST', url: `/api/v1/organizations/${orgId}/join-requests/${requestId}/approve` });
    expect((await approve(member)).statusCode).toBe(403);
    expect((await approve(asker)).statusCode).toBe(403);
    const approved = await approve(admin);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decidedAt: expect.any(String) });
    expect(await roleOf(asker.id)).toBe('member');
    const again = await approve(owner);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('This request has been approved already');
    const [entry] = await db.query(
      `select actor_user_id, changes from audit_entries where entity_type = 'join_request' and entity_id = $1 and action = 'approve'`,
      [requestId],
    );
    expect(entry.actor_user_id).toBe(admin.id);
    expect(entry.changes.status).toEqual({ from: 'pending', to: 'approved' });
    expect(entry.changes.decidedByUserId).toEqual({ from: null, to: admin.id });
  });

  it('rejecting makes no member; the user may ask again later', async () => {
    const rejected = await as(outsider, {
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/join-requests`,
      payload: {},
    });
    // An earlier test already has a request from the outsider pending? Then use that one.
    const pending = await db.query(
      `select id from organization_join_requests where organization_id = $1 and user_id = $2 and status = 'pending'`,
      [orgId, outsider.id],
    );
    expect([201, 409]).toContain(rejected.statusCode);
    const id = pending[0].id;
    const response = await as(platformAdmin, {
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/join-requests/${id}/reject`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe('rejected');
    expect(await roleOf(outsider.id)).toBeNull();
    const askAgain = await as(outsider, {
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/join-requests`,
      payload: {},
    });
    expect(askAgain.statusCode).toBe(201);
    expect(
      (
        await as(owner, {
          method: 'POST',
          url: `/api/v1/organizations/${orgId}/join-requests/00000000-0000-4000-8000-000000000000/reject`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('shows requesters their own requests only: pending, then approved', async () => {
    const rita = await signUp(api, 'rita@andet.dk', { name: 'Rita Requester' });
    const asked = await as(rita, {
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/join-requests`,
      payload: { message: 'Lab partner' },
    });
    expect(asked.statusCode).toBe(201);
    const mine = (user: TestUser | null) => as(user, { method: 'GET', url: '/api/v1/me/join-requests' });

    const pending = await mine(rita);
    expect(pending.statusCode).toBe(200);
    expect(pending.json()).toEqual({
      items: [
        {
          id: asked.json().id,
          organization: { id: orgId, name: 'Fjordmejeriet' },
          message: 'Lab partner',
          status: 'pending',
          createdAt: expect.any(String),
          decidedAt: null,
        },
      ],
    });
    const others = (await mine(outsider)).json().items as { id: string }[];
    expect(others.map((r) => r.id)).not.toContain(asked.json().id);
    expect((await mine(null)).statusCode).toBe(401);

    await as(admin, {
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/join-requests/${asked.json().id}/approve`,
    });
    expect((await mine(rita)).json().items).toEqual([
      expect.objectContaining({ id: asked.json().id, status: 'approved', decidedAt: expect.any(String) }),
    ]);
  });
});
