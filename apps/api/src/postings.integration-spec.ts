import { POSTING_STATUS_IDS, STATUS_TRANSITIONS } from '@videnbro/domain';
import { DataSource } from 'typeorm';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { buildPostingWorld, competencePayload, expectStatus, injectAs, needPayload } from './test-postings';
import type { PostingWorld } from './test-postings';
import type { TestUser } from './test-users';

let api: TestApi;
let db: DataSource;
let world: PostingWorld;

beforeAll(async () => {
  api = await startTestApi();
  db = api.app.get(DataSource);
  world = await buildPostingWorld(api);
});
afterAll(() => api.close());

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query(`select count(*)::int as n from (${sql}) as rows`, params);
  return row.n;
}

/** Rows of every table a posting write touches: a refused write must leave all three unchanged. */
async function writtenRows() {
  return {
    needs: await count('select 1 from needs'),
    competencies: await count('select 1 from competencies'),
    audit: await count(`select 1 from audit_entries where entity_type in ('need', 'competence')`),
    outbox: await count(`select 1 from outbox_events where entity_type in ('need', 'competence')`),
  };
}

async function createNeed(user: TestUser = world.users.author, extra: Record<string, unknown> = {}) {
  return expectStatus(
    injectAs(api, user, {
      method: 'POST',
      url: '/api/v1/needs',
      payload: needPayload(world.orgs.sme, extra),
    }),
    201,
  );
}

function auditOf(entityId: string) {
  return db.query(
    `select action, actor_user_id as "actorUserId", changes from audit_entries where entity_id = $1 order by occurred_at, id`,
    [entityId],
  );
}

function outboxOf(entityId: string) {
  return db.query(
    `select entity_type as "entityType", operation from outbox_events where entity_id = $1 order by id`,
    [entityId],
  );
}

describe('creating', () => {
  it('creates a need as a draft, normalised, with the author as contact, one audit entry and one outbox row', async () => {
    const body = await createNeed(world.users.author, {
      title: '  Predicting illness in dairy cows  ',
      description: 'Line one\r\n\r\n- a **Markdown** list\twith a tab <script>alert(1)</script>',
      tags: [' Sensors', 'sensors', 'Dairy  Cows'],
      formats: ['contract_research', 'contract_research', 'student_project'],
      regionPreference: 'midtjylland',
      budgetBand: '100k_500k',
      timeframe: 'within_6_months',
      visibility: 'registered',
    });
    expect(body).toMatchObject({
      organization: { id: world.orgs.sme, name: 'Fjordmejeriet ApS', kind: 'sme' },
      title: 'Predicting illness in dairy cows',
      description: 'Line one\n\n- a **Markdown** list\twith a tab <script>alert(1)</script>',
      tags: ['sensors', 'dairy cows'],
      formats: ['contract_research', 'student_project'],
      partnerKinds: ['university'],
      regionPreference: 'midtjylland',
      languages: ['da'],
      budgetBand: '100k_500k',
      timeframe: 'within_6_months',
      visibility: 'registered',
      status: 'draft',
      externalId: null,
      contact: { userId: world.users.author.id, name: 'Anna Author', email: 'anna@mejeri.dk' },
    });

    const [entry] = await auditOf(body.id);
    expect(entry).toMatchObject({ action: 'create', actorUserId: world.users.author.id });
    expect(entry.changes).toMatchObject({
      title: { from: null, to: 'Predicting illness in dairy cows' },
      status: { from: null, to: 'draft' },
      organizationId: { from: null, to: world.orgs.sme },
    });
    expect(await outboxOf(body.id)).toEqual([{ entityType: 'need', operation: 'upsert' }]);
  });

  it('creates a competence for a knowledge institution, open when asked', async () => {
    const body = await expectStatus(
      injectAs(api, world.users.scholar, {
        method: 'POST',
        url: '/api/v1/competencies',
        payload: competencePayload(world.orgs.university, { status: 'open' }),
      }),
      201,
    );
    expect(body).toMatchObject({ status: 'open', organization: { kind: 'university' } });
    expect(body).not.toHaveProperty('partnerKinds');
    expect(await outboxOf(body.id)).toEqual([{ entityType: 'competence', operation: 'upsert' }]);
  });

  it.each([
    ['a signed-in stranger', 403, 'stranger'],
    ['a broker of a cluster the company is in', 403, 'brokerA'],
    ['a member of another organisation', 403, 'scholar'],
  ] as const)('refuses %s with %d, writing nothing', async (_case, status, user) => {
    const before = await writtenRows();
    const response = await injectAs(api, world.users[user], {
      method: 'POST',
      url: '/api/v1/needs',
      payload: needPayload(world.orgs.sme),
    });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({
      statusCode: status,
      message: 'Only members of Fjordmejeriet ApS may publish for it',
    });
    expect(await writtenRows()).toEqual(before);
  });

  it('answers 401 to an anonymous caller and 404 for an unknown organisation', async () => {
    expect(
      (
        await injectAs(api, null, {
          method: 'POST',
          url: '/api/v1/needs',
          payload: needPayload(world.orgs.sme),
        })
      ).statusCode,
    ).toBe(401);
    const unknown = await injectAs(api, world.users.author, {
      method: 'POST',
      url: '/api/v1/needs',
      payload: needPayload('00000000-0000-4000-8000-000000000000'),
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().details).toEqual([
      { field: 'organizationId', message: 'No organisation with this id' },
    ]);
  });

  it('lets only platform admins set externalId, unique per type', async () => {
    const refused = await injectAs(api, world.users.author, {
      method: 'POST',
      url: '/api/v1/needs',
      payload: needPayload(world.orgs.sme, { externalId: 'crm-1' }),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().details).toEqual([
      { field: 'externalId', message: 'Only platform admins may set externalId (imports)' },
    ]);

    const first = await createNeed(world.users.admin, { externalId: 'crm-1' });
    expect(first).toMatchObject({ externalId: 'crm-1' });
    // An admin who is no member is no contact person: none is set.
    expect(first).not.toHaveProperty('contact');
    const before = await writtenRows();
    const again = await injectAs(api, world.users.admin, {
      method: 'POST',
      url: '/api/v1/needs',
      payload: needPayload(world.orgs.sme, { externalId: 'crm-1' }),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().details).toEqual([
      { field: 'externalId', message: 'A need with this externalId exists already' },
    ]);
    expect(await writtenRows()).toEqual(before);
    // The other type has its own externalIds.
    await expectStatus(
      injectAs(api, world.users.admin, {
        method: 'POST',
        url: '/api/v1/competencies',
        payload: competencePayload(world.orgs.university, { externalId: 'crm-1' }),
      }),
      201,
    );
  });
});

describe('bad input', () => {
  /** Fields to override in a valid need: given, or computed once the world exists. */
  type Extra = Record<string, unknown> | (() => Record<string, unknown>);
  const long = (length: number) => 'x'.repeat(length);
  const tags = (n: number) => Array.from({ length: n }, (_, i) => `tag ${i}`);

  it.each([
    ['a title of 4 characters', { title: 'Abcd' }, 'title', 'title must be 5 to 200 characters'],
    ['a title of only spaces', { title: '          ' }, 'title', 'title must be 5 to 200 characters'],
    ['a title of 201 characters', { title: long(201) }, 'title', 'title must be 5 to 200 characters'],
    [
      'a title with a line break',
      { title: 'Two\nlines' },
      'title',
      'title must be one line without control characters',
    ],
    [
      'a description of 19 characters',
      { description: long(19) },
      'description',
      'description must be 20 to 10000 characters',
    ],
    [
      'a description of 10,001 characters',
      { description: long(10_001) },
      'description',
      'description must be 20 to 10000 characters',
    ],
    [
      'a NUL in the description',
      { description: `${long(30)}\u0000` },
      'description',
      'description must not contain control characters other than line breaks and tabs',
    ],
    [
      'a bell in the description',
      { description: `${long(30)}\u0007` },
      'description',
      'description must not contain control characters other than line breaks and tabs',
    ],
    ['21 tags', { tags: tags(21) }, 'tags', 'At most 20 tags are allowed'],
    ['a tag of 51 characters', { tags: [long(51)] }, 'tags', 'A tag can be at most 50 characters'],
    [
      'an unknown format',
      { formats: ['hackathon'] },
      'formats',
      'each value in formats must be one of the following values',
    ],
    [
      'an unknown partner kind',
      { partnerKinds: ['alien'] },
      'partnerKinds',
      'each value in partnerKinds must be one of the following values',
    ],
    [
      'an unknown language',
      { languages: ['fr'] },
      'languages',
      'each value in languages must be one of the following values',
    ],
    [
      'an unknown region',
      { regionPreference: 'skaane' },
      'regionPreference',
      'regionPreference must be one of the following values',
    ],
    [
      'an unknown visibility',
      { visibility: 'secret' },
      'visibility',
      'visibility must be one of the following values',
    ],
    [
      'a status other than draft or open',
      { status: 'matched' },
      'status',
      'status must be draft or open on creation',
    ],
    ['a missing title', { title: undefined }, 'title', 'title must be 5 to 200 characters'],
    ['a field that does not exist', { priority: 'high' }, 'priority', 'property priority should not exist'],
    [
      'an organizationId that is no UUID',
      { organizationId: 'fjordmejeriet' },
      'organizationId',
      'organizationId must be a UUID',
    ],
    [
      'a need for a university (by its member)',
      () => ({ organizationId: world.orgs.university }),
      'organizationId',
      'A need is published by companies (sme, large_company); Vestjysk Universitet is of kind university',
    ],
    [
      'a contact person outside the organisation',
      () => ({ contactUserId: world.users.stranger.id }),
      'contactUserId',
      'The contact person must be a member of the organisation',
    ],
  ] as [string, Extra, string, string][])(
    'refuses %s with a 400 naming the field, and writes nothing',
    async (_case, extra, field, message) => {
      const overrides = typeof extra === 'function' ? extra() : extra;
      const payload = needPayload(world.orgs.sme, overrides);
      // A member of the organisation named, so that membership is no reason to refuse.
      const user =
        payload.organizationId === world.orgs.university ? world.users.scholar : world.users.author;
      const before = await writtenRows();
      const response = await injectAs(api, user, { method: 'POST', url: '/api/v1/needs', payload });
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: 'Validation failed' });
      expect(body.details).toEqual(
        expect.arrayContaining([{ field, message: expect.stringContaining(message) }]),
      );
      expect(await writtenRows()).toEqual(before);
    },
  );

  it('refuses need fields on a competence, and a competence for a company', async () => {
    const before = await writtenRows();
    const needFields = await injectAs(api, world.users.scholar, {
      method: 'POST',
      url: '/api/v1/competencies',
      payload: competencePayload(world.orgs.university, { budgetBand: 'over_2m' }),
    });
    expect(needFields.statusCode).toBe(400);
    expect(needFields.json().details).toEqual([
      { field: 'budgetBand', message: 'property budgetBand should not exist' },
    ]);
    const company = await injectAs(api, world.users.author, {
      method: 'POST',
      url: '/api/v1/competencies',
      payload: competencePayload(world.orgs.sme),
    });
    expect(company.statusCode).toBe(400);
    expect(company.json().details[0]).toEqual({
      field: 'organizationId',
      message: expect.stringMatching(
        /^A competence is published by knowledge institutions .*Fjordmejeriet ApS is of kind sme$/,
      ),
    });
    expect(await writtenRows()).toEqual(before);
  });

  it.each([
    ['limit above 100', '/api/v1/needs?limit=101', 'limit'],
    ['page 0', '/api/v1/needs?page=0', 'page'],
    ['an unknown status', '/api/v1/needs?status=archived', 'status'],
    ['an unknown format', '/api/v1/competencies?format=hackathon', 'format'],
    ['an organization that is no UUID', '/api/v1/needs?organization=sme', 'organization'],
    ['an unknown parameter', '/api/v1/needs?sort=title', 'sort'],
    ['an id that is no UUID', '/api/v1/needs/42', 'id'],
    ['an organisation id that is no UUID', '/api/v1/organizations/42/needs', 'id'],
  ])('answers a read with %s with a 400 naming it', async (_case, url, field) => {
    const response = await injectAs(api, null, { method: 'GET', url });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('answers 404 for the postings of an unknown organisation', async () => {
    const response = await injectAs(api, null, {
      method: 'GET',
      url: '/api/v1/organizations/00000000-0000-4000-8000-000000000000/needs',
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toBe('Organisation not found');
  });
});

describe('editing', () => {
  let needId: string;

  beforeAll(async () => {
    needId = (await createNeed(world.users.author, { visibility: 'registered', status: 'open' })).id;
  });

  const patch = (user: TestUser | null, id: string, payload: Record<string, unknown>) =>
    injectAs(api, user, { method: 'PATCH', url: `/api/v1/needs/${id}`, payload });

  it.each([
    ['the author', 200, 'author'],
    ['an owner of the organisation', 200, 'smeOwner'],
    ['an admin of the organisation', 200, 'smeAdmin'],
    ['a platform admin', 200, 'admin'],
    ['another member', 403, 'colleague'],
    ['a broker who can read it', 403, 'brokerA'],
    ['a signed-in stranger who can read it', 403, 'stranger'],
    ['programme staff', 403, 'programme'],
  ] as const)('answers an edit by %s with %d', async (_case, status, user) => {
    const before = await writtenRows();
    const response = await patch(world.users[user], needId, { title: `Edited by ${user}` });
    expect(response.statusCode).toBe(status);
    if (status === 200) {
      expect(response.json().title).toBe(`Edited by ${user}`);
    } else {
      expect(response.json().message).toBe(
        'Only the author, the owners and admins of Fjordmejeriet ApS and platform admins may change this need',
      );
      expect(await writtenRows()).toEqual(before);
    }
  });

  it('answers 404, not 403, to a caller who cannot even read it', async () => {
    const draft = (await createNeed(world.users.author, { visibility: 'public' })).id;
    for (const user of [world.users.stranger, world.users.brokerA]) {
      expect((await patch(user, draft, { title: 'Sneaky edit' })).statusCode).toBe(404);
      const status = await injectAs(api, user, {
        method: 'POST',
        url: `/api/v1/needs/${draft}/status`,
        payload: { status: 'open' },
      });
      expect(status.statusCode).toBe(404);
      expect(
        (await injectAs(api, user, { method: 'DELETE', url: `/api/v1/needs/${draft}` })).statusCode,
      ).toBe(404);
    }
    expect((await patch(null, draft, { title: 'Sneaky edit' })).statusCode).toBe(401);
  });

  it('records what changed from what to what, and nothing for an edit that changes nothing', async () => {
    const id = (await createNeed()).id;
    const response = await patch(world.users.author, id, {
      title: 'Sensor analytics for dairy farms',
      tags: ['Dairy', 'IoT'],
      regionPreference: null,
    });
    expect(response.statusCode).toBe(200);
    const entries = await auditOf(id);
    expect(entries.map((entry: { action: string }) => entry.action)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({ actorUserId: world.users.author.id });
    expect(entries[1].changes).toEqual({
      title: { from: 'Predicting illness in dairy cows', to: 'Sensor analytics for dairy farms' },
      tags: { from: ['sensors', 'dairy'], to: ['dairy', 'iot'] },
    });
    expect(await outboxOf(id)).toEqual([
      { entityType: 'need', operation: 'upsert' },
      { entityType: 'need', operation: 'upsert' },
    ]);

    const before = await writtenRows();
    expect(
      (
        await patch(world.users.author, id, {
          title: 'Sensor analytics for dairy farms',
          tags: ['iot', 'DAIRY'].reverse(),
        })
      ).statusCode,
    ).toBe(200);
    expect(await writtenRows()).toEqual(before);
  });

  it('refuses bad input in an edit with a 400, changing nothing', async () => {
    const id = (await createNeed()).id;
    const before = await writtenRows();
    for (const [payload, field] of [
      [{ title: null }, 'title'],
      [{ description: 'too short' }, 'description'],
      [{ tags: null }, 'tags'],
      [{ formats: ['hackathon'] }, 'formats'],
      [{ contactUserId: world.users.stranger.id }, 'contactUserId'],
      [{ organizationId: world.orgs.unrelated }, 'organizationId'],
      [{ status: 'open' }, 'status'],
    ] as const) {
      const response = await patch(world.users.author, id, payload);
      expect({ field, status: response.statusCode }).toEqual({ field, status: 400 });
      expect(response.json().details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect(await writtenRows()).toEqual(before);
    expect(
      (await injectAs(api, world.users.author, { method: 'GET', url: `/api/v1/needs/${id}` })).json().title,
    ).toBe('Predicting illness in dairy cows');
  });

  it('lets the contact person be another member, and only admins change externalId', async () => {
    const id = (await createNeed(world.users.author, { status: 'open' })).id;
    const response = await patch(world.users.author, id, { contactUserId: world.users.colleague.id });
    expect(response.json().contact).toEqual({
      userId: world.users.colleague.id,
      name: 'Carl Colleague',
      email: 'carl@mejeri.dk',
    });
    expect((await patch(world.users.smeOwner, id, { externalId: 'erp-7' })).statusCode).toBe(403);
    expect((await patch(world.users.admin, id, { externalId: 'erp-7' })).json().externalId).toBe('erp-7');
    const found = (
      await injectAs(api, world.users.stranger, { method: 'GET', url: '/api/v1/needs?externalId=erp-7' })
    ).json();
    expect(found.items.map((item: { id: string }) => item.id)).toEqual([id]);
  });

  it('stops an author who left the organisation from editing', async () => {
    const leaver = world.users.colleague;
    const id = (await createNeed(leaver, { status: 'open' })).id;
    await expectStatus(
      injectAs(api, leaver, {
        method: 'DELETE',
        url: `/api/v1/organizations/${world.orgs.sme}/members/${leaver.id}`,
      }),
      204,
    );
    try {
      expect((await patch(leaver, id, { title: 'Still mine?' })).statusCode).toBe(403);
    } finally {
      const request = await expectStatus(
        injectAs(api, leaver, {
          method: 'POST',
          url: `/api/v1/organizations/${world.orgs.sme}/join-requests`,
          payload: {},
        }),
        201,
      );
      await expectStatus(
        injectAs(api, world.users.smeOwner, {
          method: 'POST',
          url: `/api/v1/organizations/${world.orgs.sme}/join-requests/${request.id}/approve`,
        }),
        200,
      );
    }
  });
});

describe('status', () => {
  const PAIRS = POSTING_STATUS_IDS.flatMap((from) => POSTING_STATUS_IDS.map((to) => [from, to] as const));
  let id: string;

  beforeAll(async () => {
    id = (await createNeed()).id;
  });

  it.each(PAIRS)('%s → %s is allowed only when the domain allows it', async (from, to) => {
    await db.query('update needs set status = $2 where id = $1', [id, from]);
    const allowed = STATUS_TRANSITIONS[from].includes(to);
    const before = await writtenRows();
    const response = await injectAs(api, world.users.author, {
      method: 'POST',
      url: `/api/v1/needs/${id}/status`,
      payload: { status: to },
    });
    if (allowed) {
      expect(response.statusCode).toBe(200);
      expect(response.json().status).toBe(to);
      const entries = await auditOf(id);
      expect(entries.at(-1)).toMatchObject({ action: 'status', changes: { status: { from, to } } });
    } else {
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        statusCode: 409,
        error: 'Conflict',
        message: `${from === to ? `The need is ${from} already` : `A need cannot go from ${from} to ${to}`}. From ${from} it can go to: ${STATUS_TRANSITIONS[from].join(', ')}`,
        details: [{ field: 'status', message: expect.any(String) }],
      });
      expect(await writtenRows()).toEqual(before);
    }
  });

  it('walks a need through its life: draft → open → in_dialogue → matched → closed → open', async () => {
    const need = (await createNeed()).id;
    for (const status of ['open', 'in_dialogue', 'matched', 'closed', 'open']) {
      await expectStatus(
        injectAs(api, world.users.smeOwner, {
          method: 'POST',
          url: `/api/v1/needs/${need}/status`,
          payload: { status },
        }),
        200,
      );
    }
    expect((await auditOf(need)).map((entry: { action: string }) => entry.action)).toEqual([
      'create',
      'status',
      'status',
      'status',
      'status',
      'status',
    ]);
  });

  it('refuses an unknown status with a 400, and a reader who may not edit with a 403', async () => {
    const need = (await createNeed(world.users.author, { status: 'open' })).id;
    const unknown = await injectAs(api, world.users.author, {
      method: 'POST',
      url: `/api/v1/needs/${need}/status`,
      payload: { status: 'archived' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details[0].field).toBe('status');
    const empty = await injectAs(api, world.users.author, {
      method: 'POST',
      url: `/api/v1/needs/${need}/status`,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().details[0].field).toBe('status');
    const reader = await injectAs(api, world.users.colleague, {
      method: 'POST',
      url: `/api/v1/needs/${need}/status`,
      payload: { status: 'closed' },
    });
    expect(reader.statusCode).toBe(403);
  });

  it('tells each reader whether they may edit, as the write checks decide', async () => {
    const id = (await createNeed(world.users.author, { status: 'open', visibility: 'public' })).id;
    const readers = {
      author: world.users.author,
      orgOwner: world.users.smeOwner,
      colleague: world.users.colleague,
      stranger: world.users.stranger,
      admin: world.users.admin,
    };
    const canEdit: Record<string, boolean> = {};
    for (const [name, user] of Object.entries(readers)) {
      canEdit[name] = (
        await injectAs(api, user, { method: 'GET', url: `/api/v1/needs/${id}` })
      ).json().canEdit;
    }
    expect(canEdit).toEqual({ author: true, orgOwner: true, colleague: false, stranger: false, admin: true });
    const anonymous = await injectAs(api, null, { method: 'GET', url: `/api/v1/needs/${id}` });
    expect(anonymous.json().canEdit).toBe(false);
    const refused = await injectAs(api, world.users.colleague, {
      method: 'PATCH',
      url: `/api/v1/needs/${id}`,
      payload: { title: 'Not mine to change' },
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('deleting', () => {
  it('deletes softly: the row stays, readers get 404, the audit log and the outbox record it', async () => {
    const id = (await createNeed(world.users.author, { status: 'open' })).id;
    expect(
      (await injectAs(api, world.users.colleague, { method: 'DELETE', url: `/api/v1/needs/${id}` }))
        .statusCode,
    ).toBe(403);
    expect(
      (await injectAs(api, world.users.smeOwner, { method: 'DELETE', url: `/api/v1/needs/${id}` }))
        .statusCode,
    ).toBe(204);
    expect(await count('select 1 from needs where id = $1 and deleted_at is not null', [id])).toBe(1);
    expect(
      (await injectAs(api, world.users.smeOwner, { method: 'GET', url: `/api/v1/needs/${id}` })).statusCode,
    ).toBe(404);
    expect(
      (await injectAs(api, world.users.smeOwner, { method: 'DELETE', url: `/api/v1/needs/${id}` }))
        .statusCode,
    ).toBe(404);
    const [, entry] = await auditOf(id);
    expect(entry).toMatchObject({
      action: 'delete',
      actorUserId: world.users.smeOwner.id,
      changes: { deletedAt: { from: null, to: expect.any(String) } },
    });
    expect(await outboxOf(id)).toEqual([
      { entityType: 'need', operation: 'upsert' },
      { entityType: 'need', operation: 'delete' },
    ]);
  });
});

describe('the transaction', () => {
  /** Makes every commit that wrote a posting outbox row fail, as a crash at the last moment would. */
  async function failCommitsWithPostingOutboxRows<T>(work: () => Promise<T>): Promise<T> {
    await db.query(`
      create function fail_posting_commit() returns trigger language plpgsql as $$
      begin raise exception 'forced rollback'; end $$`);
    await db.query(`
      create constraint trigger fail_posting_commit after insert on outbox_events
      deferrable initially deferred for each row
      when (new.entity_type in ('need', 'competence')) execute function fail_posting_commit()`);
    try {
      return await work();
    } finally {
      await db.query('drop trigger fail_posting_commit on outbox_events');
      await db.query('drop function fail_posting_commit');
    }
  }

  it('commits the outbox row with the change, and neither when the commit fails', async () => {
    const committed = await createNeed(world.users.author, { title: 'Committed with its outbox row' });
    expect(await outboxOf(committed.id)).toEqual([{ entityType: 'need', operation: 'upsert' }]);

    const before = await writtenRows();
    const created = await failCommitsWithPostingOutboxRows(() =>
      injectAs(api, world.users.author, {
        method: 'POST',
        url: '/api/v1/needs',
        payload: needPayload(world.orgs.sme, { title: 'Rolled back with its outbox row' }),
      }),
    );
    expect(created.statusCode).toBe(500);
    expect(created.json()).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
    });
    expect(await writtenRows()).toEqual(before);
    expect(await count(`select 1 from needs where title = 'Rolled back with its outbox row'`)).toBe(0);

    const changed = await failCommitsWithPostingOutboxRows(() =>
      injectAs(api, world.users.author, {
        method: 'POST',
        url: `/api/v1/needs/${committed.id}/status`,
        payload: { status: 'open' },
      }),
    );
    expect(changed.statusCode).toBe(500);
    expect(await writtenRows()).toEqual(before);
    expect(
      (
        await injectAs(api, world.users.author, { method: 'GET', url: `/api/v1/needs/${committed.id}` })
      ).json().status,
    ).toBe('draft');
  });
});

describe('listing', () => {
  let ids: Record<string, string>;

  beforeAll(async () => {
    const create = async (title: string, extra: Record<string, unknown>) =>
      (await createNeed(world.users.author, { title, status: 'open', ...extra })).id as string;
    ids = {
      robots: await create('Robot arms for packaging 100%', {
        tags: ['Robots'],
        formats: ['test_demonstration'],
      }),
      brewing: await create('Brewing with less water', { tags: ['water'], formats: ['student_project'] }),
      closed: await create('Closed need about robots', { tags: ['robots'] }),
    };
    await expectStatus(
      injectAs(api, world.users.author, {
        method: 'POST',
        url: `/api/v1/needs/${ids.closed}/status`,
        payload: { status: 'closed' },
      }),
      200,
    );
  });

  const listIds = async (query: string, user: TestUser | null = null) => {
    const body = (await injectAs(api, user, { method: 'GET', url: `/api/v1/needs?${query}` })).json();
    return body.items
      .map((item: { id: string }) => item.id)
      .filter((id: string) => Object.values(ids).includes(id));
  };

  it('filters by tag (normalised), format, status and part of the title, newest first', async () => {
    expect(await listIds('tag=%20ROBOTS&limit=100')).toEqual([ids.closed, ids.robots]);
    expect(await listIds('format=student_project&limit=100')).toEqual([ids.brewing]);
    expect(await listIds('status=closed&limit=100')).toEqual([ids.closed]);
    expect(await listIds('q=100%25&limit=100')).toEqual([ids.robots]);
    expect(await listIds('q=WATER&limit=100')).toEqual([ids.brewing]);
  });

  it('pages with total, page and limit', async () => {
    const first = (await injectAs(api, null, { method: 'GET', url: '/api/v1/needs?limit=2' })).json();
    const second = (await injectAs(api, null, { method: 'GET', url: '/api/v1/needs?limit=2&page=2' })).json();
    expect(first).toMatchObject({ page: 1, limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(second.total).toBe(first.total);
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  it("lists the caller's own postings in every status on /me, and none of other organisations", async () => {
    const draft = (await createNeed(world.users.author)).id;
    const mine = (
      await injectAs(api, world.users.colleague, { method: 'GET', url: '/api/v1/me/needs?limit=100' })
    ).json();
    const mineIds = mine.items.map((item: { id: string }) => item.id);
    expect(mineIds).toEqual(expect.arrayContaining([draft, ids.closed, ids.robots]));
    expect(
      mine.items.every((item: { organization: { id: string } }) => item.organization.id === world.orgs.sme),
    ).toBe(true);
    expect(mine.total).toBe(
      await count('select 1 from needs where organization_id = $1 and deleted_at is null', [world.orgs.sme]),
    );
    const theirs = (
      await injectAs(api, world.users.scholar, { method: 'GET', url: '/api/v1/me/needs' })
    ).json();
    expect(theirs).toEqual({ items: [], total: 0, page: 1, limit: 20 });
  });
});
