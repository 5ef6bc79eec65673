import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from './test-app';
import { signUp, TestUser } from './test-users';

let api: TestApi;
let db: DataSource;
let owner: TestUser;
let admin: TestUser;
let member: TestUser;
let otherOrgOwner: TestUser;
let platformAdmin: TestUser;
let outsider: TestUser;
let orgId: string;

type Inject = Parameters<TestApi['app']['inject']>[0];
const inject = (options: Inject) => api.app.inject(options);
const as = (user: TestUser | null, options: Exclude<Inject, string>) =>
  inject({ ...options, headers: { ...(user ? user.headers : {}), ...options.headers } } as Inject);

const company = (extra: Record<string, unknown> = {}) => ({
  kind: 'sme',
  name: 'Fjordmejeriet ApS',
  cvr: '12345674',
  employeeBand: '10-49',
  municipality: 'aarhus',
  ...extra,
});

async function createOrg(user: TestUser, payload: Record<string, unknown>) {
  const response = await as(user, { method: 'POST', url: '/api/v1/organizations', payload });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

/** Through the API: the user asks to join, the owner approves and sets the role. */
async function addMember(organizationId: string, by: TestUser, user: TestUser, role: 'admin' | 'member') {
  const request = await as(user, {
    method: 'POST',
    url: `/api/v1/organizations/${organizationId}/join-requests`,
    payload: {},
  });
  expect(request.statusCode).toBe(201);
  const approve = await as(by, {
    method: 'POST',
    url: `/api/v1/organizations/${organizationId}/join-requests/${request.json().id}/approve`,
  });
  expect(approve.statusCode).toBe(200);
  if (role !== 'member') {
    const patch = await as(by, {
      method: 'PATCH',
      url: `/api/v1/organizations/${organizationId}/members/${user.id}`,
      payload: { role },
    });
    expect(patch.statusCode).toBe(200);
  }
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query(`select count(*)::int as n from (${sql}) as rows`, params);
  return row.n;
}

beforeAll(async () => {
  api = await startTestApi();
  db = api.app.get(DataSource);
  owner = await signUp(api, 'olga@fjord.dk', { name: 'Olga Owner' });
  admin = await signUp(api, 'adam@fjord.dk', { name: 'Adam Admin' });
  member = await signUp(api, 'mia@fjord.dk', { name: 'Mia Member' });
  otherOrgOwner = await signUp(api, 'otto@andet.dk', { name: 'Otto Other' });
  platformAdmin = await signUp(api, 'pia@videnbro.dk', { name: 'Pia Platform', roles: ['admin'] });
  outsider = await signUp(api, 'uma@nowhere.dk', { name: 'Uma Outsider' });
  orgId = await createOrg(owner, company());
  await addMember(orgId, owner, admin, 'admin');
  await addMember(orgId, owner, member, 'member');
  await createOrg(otherOrgOwner, { kind: 'university', name: 'Andet Universitet' });
});
afterAll(() => api.close());

describe('creating an organisation', () => {
  it('creates it with the caller as owner, normalised, with isSme and isKnowledgeInstitution derived', async () => {
    const creator = await signUp(api, 'carl@mejeri.dk');
    const response = await as(creator, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: company({
        name: '  Mejeri Nord ',
        cvr: 'DK 2425 6790',
        industryCodes: ['105100', '72'],
        municipality: 'aalborg',
        website: 'mejeri-nord.dk',
        languages: ['da', 'en'],
        tags: ['Dairy', ' dairy', 'Fermentation'],
      }),
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      kind: 'sme',
      name: 'Mejeri Nord',
      cvr: '24256790',
      industryCodes: ['10.51.00', '72'],
      codeSystem: 'DB07',
      country: 'DK',
      region: 'nordjylland',
      municipality: 'aalborg',
      website: 'https://mejeri-nord.dk',
      tags: ['dairy', 'fermentation'],
      strengthAreas: [],
      externalId: null,
      isDemo: false,
      isSme: true,
      isKnowledgeInstitution: false,
    });
    const mine = await as(creator, { method: 'GET', url: '/api/v1/me/organizations' });
    expect(mine.json().items).toEqual([
      expect.objectContaining({ role: 'owner', organization: expect.objectContaining({ id: body.id }) }),
    ]);
  });

  it('derives isSme false for 250+ employees and isKnowledgeInstitution for a university', async () => {
    const user = await signUp(api, 'big@corp.dk');
    const big = await as(user, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: { kind: 'sme', name: 'Big', cvr: '40000003', employeeBand: '250+' },
    });
    expect(big.json()).toMatchObject({ isSme: false, isKnowledgeInstitution: false });
    const university = await as(user, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: { kind: 'university', name: 'Aarhus Universitet' },
    });
    expect(university.json()).toMatchObject({ isSme: false, isKnowledgeInstitution: true, cvr: null });
  });

  it.each([
    ['a wrong check digit', { cvr: '24256791' }, 'cvr', /check digit/],
    ['7 digits', { cvr: '1234567' }, 'cvr', /8 digits/],
    ['letters', { cvr: 'DK-ABCDEFGH' }, 'cvr', /8 digits/],
    ['no CVR for a Danish company', { cvr: undefined }, 'cvr', /needs its CVR/],
    ['an unknown kind', { kind: 'startup' }, 'kind', /kind/],
    ['an unknown municipality', { municipality: 'gotham' }, 'municipality', /98 Danish/],
    ['a region that contradicts the municipality', { region: 'hovedstaden' }, 'region', /midtjylland/],
    ['a region abroad', { country: 'SE', municipality: undefined, region: 'sjaelland' }, 'region', /Danish/],
    ['a bad country', { country: 'Denmark' }, 'country', /ISO 3166/],
    ['a bad industry code', { industryCodes: ['99.99.99', 'ZZ'] }, 'industryCodes', /DB07|string/],
    ['strength areas for a company', { strengthAreas: ['Energy'] }, 'strengthAreas', /clusters/],
    ['an unknown language', { languages: ['xx'] }, 'languages', /languages/],
    ['too long a name', { name: 'x'.repeat(201) }, 'name', /1 to 200/],
    ['a name of two lines', { name: 'Fjord\nBcc: x@y.dk' }, 'name', /one line/],
    ['a bad website', { website: 'not a url' }, 'website', /web address/],
    ['an unknown field', { isDemo: true }, 'isDemo', /should not exist/],
  ])('refuses %s with a 400 naming the field, and writes nothing', async (_case, extra, field, message) => {
    const before = await count('select 1 from organizations');
    const auditBefore = await count('select 1 from audit_entries');
    const response = await as(outsider, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: company({ name: 'Refused', cvr: '29999996', ...extra }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.json().details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]),
    );
    expect(await count('select 1 from organizations')).toBe(before);
    expect(await count('select 1 from audit_entries')).toBe(auditBefore);
    expect(
      await count('select 1 from outbox_events where entity_id not in (select id from organizations)'),
    ).toBe(0);
  });

  it('does not require a CVR number of a foreign company, nor of an institution', async () => {
    const user = await signUp(api, 'sven@lund.se');
    const foreign = await as(user, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: { kind: 'sme', name: 'Lund AB', country: 'se' },
    });
    expect(foreign.statusCode).toBe(201);
    expect(foreign.json()).toMatchObject({ country: 'SE', region: null, cvr: null });
  });

  it('answers a CVR number that is taken (in any notation) with 409 naming the organisation to ask to join', async () => {
    const response = await as(outsider, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: company({ name: 'Copycat', cvr: 'DK-1234 5674' }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'An organisation with this CVR number is already registered: ask to join it instead',
      details: [
        { field: 'cvr', message: 'CVR 12345674 is registered to Fjordmejeriet ApS' },
        { field: 'existingOrganizationId', message: orgId },
      ],
    });
    expect(await count(`select 1 from organizations where name = 'Copycat'`)).toBe(0);
    // The offered way in:
    const join = await as(outsider, {
      method: 'POST',
      url: `/api/v1/organizations/${orgId}/join-requests`,
      payload: { message: 'We are the same company' },
    });
    expect(join.statusCode).toBe(201);
  });

  it('lets only platform admins set externalId, and then the CVR number is optional but still checked', async () => {
    const refused = await as(outsider, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: { kind: 'sme', name: 'Imported', externalId: 'crm-1' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().details).toEqual([{ field: 'externalId', message: expect.any(String) }]);
    const imported = await as(platformAdmin, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: { kind: 'sme', name: 'Imported ApS', externalId: 'crm-1' },
    });
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toMatchObject({ externalId: 'crm-1', cvr: null });
    const invalid = await as(platformAdmin, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: { kind: 'sme', name: 'Imported 2', externalId: 'crm-2', cvr: '10000000' },
    });
    expect(invalid.statusCode).toBe(400);
    const duplicate = await as(platformAdmin, {
      method: 'POST',
      url: '/api/v1/organizations',
      payload: { kind: 'sme', name: 'Imported again', externalId: 'crm-1' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().details[0].field).toBe('externalId');
  });

  it('refuses anonymous callers', async () => {
    const response = await as(null, { method: 'POST', url: '/api/v1/organizations', payload: company() });
    expect(response.statusCode).toBe(401);
  });
});

describe('reading organisations', () => {
  it('shows the public profile to anyone, and 404 for an unknown id, 400 for a malformed one', async () => {
    const response = await as(null, { method: 'GET', url: `/api/v1/organizations/${orgId}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: orgId, name: 'Fjordmejeriet ApS', region: 'midtjylland' });
    const unknown = await as(null, {
      method: 'GET',
      url: '/api/v1/organizations/00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Organisation not found',
    });
    const malformed = await as(null, { method: 'GET', url: '/api/v1/organizations/42' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().details).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('finds an imported record by externalId', async () => {
    const response = await as(null, { method: 'GET', url: '/api/v1/organizations?externalId=crm-1' });
    expect(response.json()).toMatchObject({
      total: 1,
      items: [{ name: 'Imported ApS', externalId: 'crm-1' }],
    });
    const none = await as(null, { method: 'GET', url: '/api/v1/organizations?externalId=crm-404' });
    expect(none.json()).toMatchObject({ total: 0, items: [] });
  });
});

describe('updating an organisation', () => {
  const patch = (user: TestUser | null, payload: Record<string, unknown>, id = orgId) =>
    as(user, { method: 'PATCH', url: `/api/v1/organizations/${id}`, payload });

  it.each([
    ['anonymous', () => null, 401],
    ['a plain member', () => member, 403],
    ["another organisation's owner", () => otherOrgOwner, 403],
    ['a signed-in outsider', () => outsider, 403],
  ])('refuses %s', async (_who, user, status) => {
    const response = await patch(user(), { description: 'Hacked' });
    expect(response.statusCode).toBe(status);
    const profile = await as(null, { method: 'GET', url: `/api/v1/organizations/${orgId}` });
    expect(profile.json().description).not.toBe('Hacked');
  });

  it.each([
    ['the owner', () => owner],
    ['an admin', () => admin],
    ['a platform admin', () => platformAdmin],
  ])('lets %s update it', async (who, user) => {
    const response = await patch(user(), { description: `Updated by ${who}` });
    expect(response.statusCode).toBe(200);
    expect(response.json().description).toBe(`Updated by ${who}`);
  });

  it('audits which fields changed from what to what, with the outbox row, in the same transaction', async () => {
    const response = await patch(admin, {
      name: 'Fjordmejeriet A/S',
      employeeBand: '50-249',
      tags: ['Ost'],
      city: null,
      description: 'Updated by the owner',
    });
    expect(response.statusCode).toBe(200);
    const [entry] = await db.query(
      `select actor_user_id, action, changes, xmin::text as tx from audit_entries
       where entity_type = 'organization' and entity_id = $1 order by occurred_at desc limit 1`,
      [orgId],
    );
    expect(entry).toMatchObject({ actor_user_id: admin.id, action: 'update' });
    expect(entry.changes).toEqual({
      name: { from: 'Fjordmejeriet ApS', to: 'Fjordmejeriet A/S' },
      employeeBand: { from: '10-49', to: '50-249' },
      tags: { from: [], to: ['ost'] },
      description: { from: 'Updated by a platform admin', to: 'Updated by the owner' },
    });
    const [organization] = await db.query(`select xmin::text as tx from organizations where id = $1`, [
      orgId,
    ]);
    const [outbox] = await db.query(
      `select entity_type, operation, processed_at, attempts, xmin::text as tx from outbox_events
       where entity_id = $1 order by id desc limit 1`,
      [orgId],
    );
    expect(outbox).toMatchObject({
      entity_type: 'organization',
      operation: 'upsert',
      processed_at: null,
      attempts: 0,
    });
    // One transaction wrote all three rows.
    expect(new Set([organization.tx, entry.tx, outbox.tx]).size).toBe(1);
  });

  it('writes nothing for a change that changes nothing', async () => {
    const audits = await count(`select 1 from audit_entries where entity_id = $1`, [orgId]);
    const events = await count(`select 1 from outbox_events where entity_id = $1`, [orgId]);
    const response = await patch(owner, { name: 'Fjordmejeriet A/S', tags: ['OST'] });
    expect(response.statusCode).toBe(200);
    expect(await count(`select 1 from audit_entries where entity_id = $1`, [orgId])).toBe(audits);
    expect(await count(`select 1 from outbox_events where entity_id = $1`, [orgId])).toBe(events);
  });

  it('keeps the CVR rules: valid, not taken, not removed from a Danish company', async () => {
    const otherCompany = await createOrg(outsider, company({ name: 'Andet Mejeri', cvr: '29999996' }));
    expect((await patch(owner, { cvr: '24256791' })).statusCode).toBe(400);
    const taken = await patch(owner, { cvr: '29999996' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().details).toContainEqual({ field: 'existingOrganizationId', message: otherCompany });
    const removed = await patch(owner, { cvr: null });
    expect(removed.statusCode).toBe(400);
    expect(removed.json().details).toEqual([
      { field: 'cvr', message: 'A Danish company needs its CVR number' },
    ]);
    expect((await patch(owner, { name: null })).statusCode).toBe(400);
    const profile = await as(null, { method: 'GET', url: `/api/v1/organizations/${orgId}` });
    expect(profile.json()).toMatchObject({ cvr: '12345674', name: 'Fjordmejeriet A/S' });
  });

  it('rolls the change, its audit entry and its outbox row back together when the transaction fails', async () => {
    const before = (await as(null, { method: 'GET', url: `/api/v1/organizations/${orgId}` })).json();
    const audits = await count(`select 1 from audit_entries where entity_id = $1`, [orgId]);
    const events = await count(`select 1 from outbox_events where entity_id = $1`, [orgId]);
    // A failure after the outbox row is written, inside the same transaction.
    await db.query(`
      create function test_fail_after_outbox() returns trigger language plpgsql as $$
      begin
        if new.entity_id = '${orgId}' then raise exception 'forced failure after the outbox write'; end if;
        return new;
      end $$`);
    await db.query(
      `create trigger test_fail_after_outbox after insert on outbox_events for each row execute function test_fail_after_outbox()`,
    );
    try {
      const response = await patch(owner, { name: 'Never Saved', description: 'Never saved' });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'Internal server error',
      });
    } finally {
      await db.query(`drop trigger test_fail_after_outbox on outbox_events`);
      await db.query(`drop function test_fail_after_outbox()`);
    }
    const after = (await as(null, { method: 'GET', url: `/api/v1/organizations/${orgId}` })).json();
    expect(after).toEqual(before);
    expect(await count(`select 1 from audit_entries where entity_id = $1`, [orgId])).toBe(audits);
    expect(await count(`select 1 from outbox_events where entity_id = $1`, [orgId])).toBe(events);
  });

  it('rolls back a creation entirely: no organisation, owner, audit entry or outbox row', async () => {
    await db.query(`
      create function test_fail_create() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from organizations where id = new.entity_id and name = 'Rollback ApS') then
          raise exception 'forced failure after the outbox write';
        end if;
        return new;
      end $$`);
    await db.query(
      `create trigger test_fail_create after insert on outbox_events for each row execute function test_fail_create()`,
    );
    const audits = await count('select 1 from audit_entries');
    const memberships = await count('select 1 from organization_memberships');
    const events = await count('select 1 from outbox_events');
    try {
      const response = await as(outsider, {
        method: 'POST',
        url: '/api/v1/organizations',
        payload: { kind: 'other', name: 'Rollback ApS' },
      });
      expect(response.statusCode).toBe(500);
    } finally {
      await db.query(`drop trigger test_fail_create on outbox_events`);
      await db.query(`drop function test_fail_create()`);
    }
    expect(await count(`select 1 from organizations where name = 'Rollback ApS'`)).toBe(0);
    expect(await count('select 1 from audit_entries')).toBe(audits);
    expect(await count('select 1 from organization_memberships')).toBe(memberships);
    expect(await count('select 1 from outbox_events')).toBe(events);
  });

  it('records the creation too: all set fields from null, the owner membership, one outbox upsert', async () => {
    const id = await createOrg(outsider, {
      kind: 'cluster',
      name: 'Energiklyngen',
      strengthAreas: ['Energi'],
    });
    const entries = await db.query(
      `select entity_type, action, changes, actor_user_id from audit_entries
       where entity_id = $1 or (entity_type = 'membership' and changes->'organizationId'->>'to' = $1::text)
       order by occurred_at`,
      [id],
    );
    expect(entries).toEqual([
      {
        entity_type: 'organization',
        action: 'create',
        actor_user_id: outsider.id,
        changes: expect.objectContaining({
          kind: { from: null, to: 'cluster' },
          name: { from: null, to: 'Energiklyngen' },
          strengthAreas: { from: null, to: ['Energi'] },
          isDemo: { from: null, to: false },
        }),
      },
      {
        entity_type: 'membership',
        action: 'create',
        actor_user_id: outsider.id,
        changes: {
          organizationId: { from: null, to: id },
          userId: { from: null, to: outsider.id },
          role: { from: null, to: 'owner' },
        },
      },
    ]);
    expect(
      await db.query(`select entity_type, operation from outbox_events where entity_id = $1`, [id]),
    ).toEqual([{ entity_type: 'organization', operation: 'upsert' }]);
  });
});

describe('deleting an organisation', () => {
  let doomed: string;

  beforeAll(async () => {
    doomed = await createOrg(owner, { kind: 'other', name: 'Doomed Org' });
    await addMember(doomed, owner, admin, 'admin');
  });

  it.each([
    ['anonymous', () => null, 401],
    ['an admin (not an owner)', () => admin, 403],
    ['an outsider', () => outsider, 403],
  ])('refuses %s', async (_who, user, status) => {
    const response = await as(user(), { method: 'DELETE', url: `/api/v1/organizations/${doomed}` });
    expect(response.statusCode).toBe(status);
  });

  it('lets the owner delete it softly: gone from every answer, audited, outbox delete', async () => {
    const response = await as(owner, { method: 'DELETE', url: `/api/v1/organizations/${doomed}` });
    expect(response.statusCode).toBe(204);
    expect((await as(null, { method: 'GET', url: `/api/v1/organizations/${doomed}` })).statusCode).toBe(404);
    const list = await as(null, { method: 'GET', url: `/api/v1/organizations?q=Doomed` });
    expect(list.json().total).toBe(0);
    const mine = await as(admin, { method: 'GET', url: '/api/v1/me/organizations' });
    expect(mine.json().items.map((m: { organization: { id: string } }) => m.organization.id)).not.toContain(
      doomed,
    );
    expect(
      (await as(owner, { method: 'PATCH', url: `/api/v1/organizations/${doomed}`, payload: { name: 'X' } }))
        .statusCode,
    ).toBe(404);
    expect(
      await count(`select 1 from organizations where id = $1 and deleted_at is not null`, [doomed]),
    ).toBe(1);
    const [entry] = await db.query(
      `select action, changes from audit_entries where entity_id = $1 and action = 'delete'`,
      [doomed],
    );
    expect(entry.changes.deletedAt).toEqual({ from: null, to: expect.any(String) });
    const [event] = await db.query(
      `select operation from outbox_events where entity_id = $1 order by id desc limit 1`,
      [doomed],
    );
    expect(event.operation).toBe('delete');
  });

  it('lets a platform admin delete any organisation, and frees its CVR number', async () => {
    const user = await signUp(api, 'freed@cvr.dk');
    const id = await createOrg(user, { kind: 'sme', name: 'Old Name', cvr: '13748136' });
    const response = await as(platformAdmin, { method: 'DELETE', url: `/api/v1/organizations/${id}` });
    expect(response.statusCode).toBe(204);
    await createOrg(user, { kind: 'sme', name: 'New Name', cvr: '13748136' });
  });
});
