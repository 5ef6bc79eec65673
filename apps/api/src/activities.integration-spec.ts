import { DataSource } from 'typeorm';
import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { activityPayload, buildPostingWorld, expectStatus, injectAs } from './test-postings';
import type { PostingWorld } from './test-postings';
import type { TestUser } from './test-users';

let api: TestApi;
let db: DataSource;
let world: PostingWorld;
/** A1: cluster A only; A2: cluster A with cluster B co-organising; B1: cluster B only. */
let activities: { a1: string; a2: string; b1: string };

type Caller = keyof PostingWorld['users'] | 'anonymous';
const userOf = (caller: Caller): TestUser | null => (caller === 'anonymous' ? null : world.users[caller]);

async function createActivity(user: TestUser, extra: Record<string, unknown> = {}) {
  return expectStatus(
    injectAs(api, user, {
      method: 'POST',
      url: '/api/v1/activities',
      payload: activityPayload(world.orgs.clusterA, extra),
    }),
    201,
  );
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query(`select count(*)::int as n from (${sql}) as rows`, params);
  return row.n;
}

/** The rows every write of this feature touches: a refused write leaves them all unchanged. */
async function writtenRows() {
  return {
    activities: await count('select 1 from activities'),
    clusters: await count('select 1 from activity_clusters'),
    caseLinks: await count('select 1 from activity_cases'),
    participations: await count('select 1 from activity_participations'),
    fundingRecords: await count('select 1 from funding_records'),
    organizations: await count('select 1 from organizations'),
    audit: await count('select 1 from audit_entries'),
    outbox: await count('select 1 from outbox_events'),
  };
}

function auditOf(entityId: string) {
  return db.query(
    `select action, actor_user_id as "actorUserId", changes from audit_entries where entity_id = $1 order by occurred_at, id`,
    [entityId],
  );
}

const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id).sort();
/** The ids of a list among A1, A2 and B1: other tests add activities of their own. */
const known = (body: { items: { id: string }[] }) =>
  ids(body).filter((id) => Object.values(activities).includes(id));

beforeAll(async () => {
  api = await startTestApi();
  db = api.app.get(DataSource);
  world = await buildPostingWorld(api);
  const { brokerA, brokerB } = world.users;
  activities = {
    a1: (await createActivity(brokerA)).id,
    a2: (
      await createActivity(brokerA, {
        clusterIds: [world.orgs.clusterA, world.orgs.clusterB],
        title: 'Matchmaking day',
        type: 'matchmaking',
        startsOn: '2025-06-01',
        endsOn: '2025-06-01',
      })
    ).id,
    b1: (
      await createActivity(brokerB, {
        clusterIds: [world.orgs.clusterB],
        title: 'Offshore wind delegation',
        type: 'internationalisation',
        startsOn: '2024-12-30',
        endsOn: '2025-01-02',
        format: 'hybrid',
      })
    ).id,
  };
});
afterAll(() => api.close());

describe('activities', () => {
  it('creates an activity with its clusters (the owner first), counts and canEdit, and one audit entry', async () => {
    const body = await createActivity(world.users.brokerA, {
      clusterIds: [world.orgs.clusterB, world.orgs.clusterA],
      ownerClusterId: world.orgs.clusterA,
      title: '  Course in food safety  ',
      type: 'course',
      place: '',
    });
    expect(body).toMatchObject({
      ownerCluster: { id: world.orgs.clusterA, name: 'Food & Bio Cluster' },
      clusters: [
        { id: world.orgs.clusterA, name: 'Food & Bio Cluster' },
        { id: world.orgs.clusterB, name: 'Energy Cluster' },
      ],
      title: 'Course in food safety',
      type: 'course',
      startsOn: '2025-03-10',
      endsOn: '2025-03-11',
      format: 'on_site',
      place: null,
      fundingSource: 'innovation_power',
      participatingOrganizations: 0,
      participatingPersons: 0,
      canEdit: true,
    });
    const [entry] = await auditOf(body.id);
    expect(entry).toMatchObject({ action: 'create', actorUserId: world.users.brokerA.id });
    expect(entry.changes).toMatchObject({
      title: { from: null, to: 'Course in food safety' },
      ownerClusterId: { from: null, to: world.orgs.clusterA },
      clusterIds: { from: null, to: [world.orgs.clusterA, world.orgs.clusterB] },
    });
    await expectStatus(
      injectAs(api, world.users.admin, { method: 'DELETE', url: `/api/v1/activities/${body.id}` }),
      204,
    );
  });

  it.each([
    ['an end before the start', { startsOn: '2025-03-10', endsOn: '2025-03-09' }, 'endsOn'],
    ['an unknown type', { type: 'party' }, 'type'],
    ['an unknown format', { format: 'telepathy' }, 'format'],
    ['a day that does not exist', { startsOn: '2025-02-30' }, 'startsOn'],
    ['no cluster', { clusterIds: [] }, 'clusterIds'],
    ['a company as cluster', { clusterIds: ['CLUSTER_A', 'SME'] }, 'clusterIds'],
    ['an unknown field', { budget: 5 }, 'budget'],
  ])('answers %s with 400 naming the field, writing nothing', async (_case, extra, field) => {
    const payload = activityPayload(world.orgs.clusterA, extra);
    if (Array.isArray(payload.clusterIds)) {
      payload.clusterIds = payload.clusterIds.map((id) =>
        id === 'CLUSTER_A' ? world.orgs.clusterA : id === 'SME' ? world.orgs.sme : id,
      );
    }
    const before = await writtenRows();
    const response = await injectAs(api, world.users.brokerA, {
      method: 'POST',
      url: '/api/v1/activities',
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await writtenRows()).toEqual(before);
  });

  it.each([
    ['a broker of another cluster', 'brokerB', 403],
    ['programme staff', 'programme', 403],
    ['a company member', 'author', 403],
    ['a signed-in stranger', 'stranger', 403],
    ['an anonymous caller', 'anonymous', 401],
  ] as const)('refuses creation by %s (%s) with %d, writing nothing', async (_case, caller, status) => {
    const before = await writtenRows();
    const response = await injectAs(api, userOf(caller), {
      method: 'POST',
      url: '/api/v1/activities',
      payload: activityPayload(world.orgs.clusterA),
    });
    expect(response.statusCode).toBe(status);
    expect(await writtenRows()).toEqual(before);
  });

  it('lets a platform admin create an activity for any cluster', async () => {
    const body = await createActivity(world.users.admin, { clusterIds: [world.orgs.clusterB] });
    expect(body.canEdit).toBe(true);
    await expectStatus(
      injectAs(api, world.users.admin, { method: 'DELETE', url: `/api/v1/activities/${body.id}` }),
      204,
    );
  });

  it.each([
    ['the broker of cluster A: its own and co-organised ones', 'brokerA', ['a1', 'a2']],
    ['the broker of cluster B: its own and co-organised ones', 'brokerB', ['a2', 'b1']],
    ['programme staff: all', 'programme', ['a1', 'a2', 'b1']],
    ['a platform admin: all', 'admin', ['a1', 'a2', 'b1']],
  ] as const)('lists for %s', async (_case, caller, expected) => {
    const body = await expectStatus(
      injectAs(api, userOf(caller), { method: 'GET', url: '/api/v1/activities' }),
      200,
    );
    expect(known(body)).toEqual(expected.map((key) => activities[key]).sort());
    expect(body.items.every((item: { canEdit: boolean }) => item.canEdit === (caller !== 'programme'))).toBe(
      true,
    );
  });

  it.each([
    ["a broker asking for another cluster's", 'brokerA', `?cluster=CLUSTER_B`, 403],
    ['a company member', 'author', '', 403],
    ['a knowledge-institution member', 'scholar', '', 403],
    ['a signed-in stranger', 'stranger', '', 403],
    ['an anonymous caller', 'anonymous', '', 401],
  ] as const)('refuses the list to %s (%s, query %s) with %d', async (_case, caller, query, status) => {
    const url = `/api/v1/activities${query.replace('CLUSTER_B', world.orgs.clusterB)}`;
    expect((await injectAs(api, userOf(caller), { method: 'GET', url })).statusCode).toBe(status);
  });

  it('filters by cluster, overlapping date range (inclusive), type and title', async () => {
    const list = async (query: string) =>
      known(
        await expectStatus(
          injectAs(api, world.users.admin, { method: 'GET', url: `/api/v1/activities?${query}` }),
          200,
        ),
      );
    expect(await list(`cluster=${world.orgs.clusterB}`)).toEqual([activities.a2, activities.b1].sort());
    // B1 runs 2024-12-30 to 2025-01-02: it overlaps a range that ends on its first day or starts on its last.
    expect(await list('from=2024-01-01&to=2024-12-30')).toEqual([activities.b1]);
    expect(await list('from=2025-01-02&to=2025-03-09')).toEqual([activities.b1]);
    expect(await list('from=2025-01-03&to=2025-03-09')).toEqual([]);
    expect(await list('from=2025-03-11&to=2025-03-11')).toEqual([activities.a1]);
    expect(await list('type=matchmaking')).toEqual([activities.a2]);
    expect(await list('q=FERMENT')).toEqual([activities.a1]);
    const response = await injectAs(api, world.users.admin, {
      method: 'GET',
      url: '/api/v1/activities?from=2025-13-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([expect.objectContaining({ field: 'from' })]);
  });

  it.each([
    ['the broker of an organising cluster', 'brokerB', 'a2', 200],
    ['a broker of another cluster (as if it did not exist)', 'brokerB', 'a1', 404],
    ['programme staff', 'programme', 'a1', 200],
    ['a company member', 'author', 'a1', 403],
    ['an anonymous caller', 'anonymous', 'a1', 401],
  ] as const)('shows an activity to %s (%s, %s) with %d', async (_case, caller, key, status) => {
    const response = await injectAs(api, userOf(caller), {
      method: 'GET',
      url: `/api/v1/activities/${activities[key]}`,
    });
    expect(response.statusCode).toBe(status);
  });

  it('edits an activity, checks the dates against the stored ones, keeps the owner and audits the change', async () => {
    const { id } = await createActivity(world.users.brokerA);
    const patch = (user: TestUser | null, payload: Record<string, unknown>) =>
      injectAs(api, user, { method: 'PATCH', url: `/api/v1/activities/${id}`, payload });

    const body = await expectStatus(
      patch(world.users.brokerA, {
        title: 'Fermentation masterclass II',
        clusterIds: [world.orgs.clusterA, world.orgs.clusterB],
        place: null,
      }),
      200,
    );
    expect(body).toMatchObject({
      title: 'Fermentation masterclass II',
      place: null,
      clusters: [{ id: world.orgs.clusterA }, { id: world.orgs.clusterB }],
    });
    const entries = await auditOf(id);
    expect(entries[1]).toMatchObject({ action: 'update', actorUserId: world.users.brokerA.id });
    expect(entries[1].changes).toEqual({
      title: { from: 'Fermentation masterclass', to: 'Fermentation masterclass II' },
      place: { from: 'Aarhus', to: null },
      clusterIds: { from: [world.orgs.clusterA], to: [world.orgs.clusterA, world.orgs.clusterB] },
    });

    // Cluster B co-organises now: its broker may edit too.
    await expectStatus(patch(world.users.brokerB, { format: 'online' }), 200);

    const before = await writtenRows();
    const early = await patch(world.users.brokerA, { endsOn: '2025-03-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().details).toEqual([
      { field: 'endsOn', message: 'endsOn must be on or after startsOn' },
    ]);
    const ownerless = await patch(world.users.brokerA, { clusterIds: [world.orgs.clusterB] });
    expect(ownerless.statusCode).toBe(400);
    expect(ownerless.json().details).toEqual([
      { field: 'clusterIds', message: 'clusterIds must include the owner cluster' },
    ]);
    expect((await patch(world.users.brokerA, { title: null })).statusCode).toBe(400);
    expect((await patch(world.users.programme, { title: 'Programme edit' })).statusCode).toBe(403);
    expect((await patch(world.users.author, { title: 'Company edit' })).statusCode).toBe(403);
    expect((await patch(null, { title: 'Anonymous edit' })).statusCode).toBe(401);
    expect(await writtenRows()).toEqual(before);
  });

  it("answers a broker of another cluster's edit with 404", async () => {
    const response = await injectAs(api, world.users.brokerB, {
      method: 'PATCH',
      url: `/api/v1/activities/${activities.a1}`,
      payload: { title: 'Taken over' },
    });
    expect(response.statusCode).toBe(404);
  });

  it('deletes softly: gone from lists and reads, row and history kept', async () => {
    const { id } = await createActivity(world.users.brokerA, { title: 'To be deleted' });
    for (const [user, status] of [
      [world.users.brokerB, 404],
      [world.users.programme, 403],
      [world.users.author, 403],
    ] as const) {
      expect(
        (await injectAs(api, user, { method: 'DELETE', url: `/api/v1/activities/${id}` })).statusCode,
      ).toBe(status);
    }
    await expectStatus(
      injectAs(api, world.users.brokerA, { method: 'DELETE', url: `/api/v1/activities/${id}` }),
      204,
    );
    expect(
      (await injectAs(api, world.users.brokerA, { method: 'GET', url: `/api/v1/activities/${id}` }))
        .statusCode,
    ).toBe(404);
    const list = await expectStatus(
      injectAs(api, world.users.admin, { method: 'GET', url: '/api/v1/activities?q=deleted' }),
      200,
    );
    expect(list.items).toEqual([]);
    expect(await count('select 1 from activities where id = $1 and deleted_at is not null', [id])).toBe(1);
    expect((await auditOf(id)).map((entry: { action: string }) => entry.action)).toEqual([
      'create',
      'delete',
    ]);
  });
});

describe('participations', () => {
  let activityId: string;
  const url = () => `/api/v1/activities/${activityId}/participations`;

  beforeAll(async () => {
    activityId = (await createActivity(world.users.brokerA, { title: 'Participation test' })).id;
  });

  it('adds an organisation once (409 the second time), with an audit entry, and counts it on the activity', async () => {
    const body = await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'POST',
        url: url(),
        payload: { organizationId: world.orgs.sme, role: 'speaker', persons: 3 },
      }),
      201,
    );
    expect(body).toMatchObject({
      activityId,
      organization: {
        id: world.orgs.sme,
        name: 'Fjordmejeriet ApS',
        kind: 'sme',
        cvr: '12345674',
        country: 'DK',
        verified: true,
      },
      role: 'speaker',
      persons: 3,
    });
    const [entry] = await auditOf(body.id);
    expect(entry).toMatchObject({
      action: 'create',
      changes: {
        activityId: { from: null, to: activityId },
        organizationId: { from: null, to: world.orgs.sme },
        role: { from: null, to: 'speaker' },
        persons: { from: null, to: 3 },
      },
    });

    const before = await writtenRows();
    const again = await injectAs(api, world.users.brokerA, {
      method: 'POST',
      url: url(),
      payload: { organizationId: world.orgs.sme },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('Fjordmejeriet ApS takes part in this activity already');
    expect(await writtenRows()).toEqual(before);

    const activity = await expectStatus(
      injectAs(api, world.users.brokerA, { method: 'GET', url: `/api/v1/activities/${activityId}` }),
      200,
    );
    expect(activity).toMatchObject({ participatingOrganizations: 1, participatingPersons: 3 });
  });

  it.each([
    ['negative persons', { persons: -1 }, 400, 'persons'],
    ['zero persons', { persons: 0 }, 400, 'persons'],
    ['an unknown role', { role: 'boss' }, 400, 'role'],
    ['an organisation id that is not a UUID', { organizationId: 'fjord' }, 400, 'organizationId'],
    [
      'an unknown organisation',
      { organizationId: '00000000-0000-4000-8000-000000000000' },
      404,
      'organizationId',
    ],
  ])('answers %s (%j) with %d naming the field, writing nothing', async (_case, extra, status, field) => {
    const before = await writtenRows();
    const response = await injectAs(api, world.users.brokerA, {
      method: 'POST',
      url: url(),
      payload: { organizationId: world.orgs.university, ...extra },
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await writtenRows()).toEqual(before);
  });

  it.each([
    ['a broker of another cluster', 'brokerB', 404, 404],
    ['programme staff', 'programme', 200, 403],
    ['a platform admin', 'admin', 200, 201],
    ['a company member', 'author', 403, 403],
    ['an anonymous caller', 'anonymous', 401, 401],
  ] as const)('lets %s (%s) read (%d) and add (%d)', async (_case, caller, readStatus, addStatus) => {
    const user = userOf(caller);
    expect((await injectAs(api, user, { method: 'GET', url: url() })).statusCode).toBe(readStatus);
    const added = await injectAs(api, user, {
      method: 'POST',
      url: url(),
      payload: { organizationId: world.orgs.unrelated },
    });
    expect(added.statusCode).toBe(addStatus);
    if (addStatus === 201) {
      await expectStatus(
        injectAs(api, world.users.admin, { method: 'DELETE', url: `${url()}/${added.json().id}` }),
        204,
      );
    }
  });

  it('changes and removes a participation with audit entries; another activity’s id is 404', async () => {
    const { id } = await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'POST',
        url: url(),
        payload: { organizationId: world.orgs.university },
      }),
      201,
    );
    expect(
      (
        await injectAs(api, world.users.programme, {
          method: 'PATCH',
          url: `${url()}/${id}`,
          payload: { persons: 2 },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await injectAs(api, world.users.brokerB, {
          method: 'PATCH',
          url: `${url()}/${id}`,
          payload: { persons: 2 },
        })
      ).statusCode,
    ).toBe(404);
    const wrongActivity = `/api/v1/activities/${activities.a1}/participations/${id}`;
    expect(
      (
        await injectAs(api, world.users.brokerA, {
          method: 'PATCH',
          url: wrongActivity,
          payload: { persons: 2 },
        })
      ).statusCode,
    ).toBe(404);
    const negative = await injectAs(api, world.users.brokerA, {
      method: 'PATCH',
      url: `${url()}/${id}`,
      payload: { persons: -3 },
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().details).toEqual([expect.objectContaining({ field: 'persons' })]);

    const changed = await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'PATCH',
        url: `${url()}/${id}`,
        payload: { persons: 12, role: 'partner' },
      }),
      200,
    );
    expect(changed).toMatchObject({ persons: 12, role: 'partner' });
    await expectStatus(injectAs(api, world.users.brokerA, { method: 'DELETE', url: `${url()}/${id}` }), 204);
    expect(
      (await injectAs(api, world.users.brokerA, { method: 'DELETE', url: `${url()}/${id}` })).statusCode,
    ).toBe(404);
    const entries = await auditOf(id);
    expect(entries.map((entry: { action: string }) => entry.action)).toEqual(['create', 'update', 'delete']);
    expect(entries[1].changes).toEqual({
      role: { from: 'participant', to: 'partner' },
      persons: { from: 1, to: 12 },
    });
    expect(entries[2].changes).toMatchObject({ organizationId: { from: world.orgs.university, to: null } });
  });
});

describe('organisation participations', () => {
  const url = (organizationId: string) => `/api/v1/organizations/${organizationId}/participations`;

  it("lists the organisation's participations with the activity and its clusters, newest first", async () => {
    const activity = await createActivity(world.users.brokerB, {
      clusterIds: [world.orgs.clusterB],
      title: 'Energy breakfast',
      startsOn: '2026-01-15',
      endsOn: '2026-01-15',
    });
    await expectStatus(
      injectAs(api, world.users.brokerB, {
        method: 'POST',
        url: `/api/v1/activities/${activity.id}/participations`,
        payload: { organizationId: world.orgs.sme, persons: 2 },
      }),
      201,
    );
    const body = await expectStatus(
      injectAs(api, world.users.author, { method: 'GET', url: url(world.orgs.sme) }),
      200,
    );
    expect(body.items[0]).toMatchObject({
      role: 'participant',
      persons: 2,
      activity: {
        id: activity.id,
        title: 'Energy breakfast',
        type: 'knowledge_sharing',
        startsOn: '2026-01-15',
        endsOn: '2026-01-15',
        clusters: [{ id: world.orgs.clusterB, name: 'Energy Cluster' }],
      },
    });
    expect(body.total).toBe(body.items.length);
  });

  it.each([
    ['a member of the organisation', 'colleague', 200],
    ['programme staff', 'programme', 200],
    ['a platform admin', 'admin', 200],
    ['a broker', 'brokerA', 403],
    ['a member of another organisation', 'scholar', 403],
    ['a signed-in stranger', 'stranger', 403],
    ['an anonymous caller', 'anonymous', 401],
  ] as const)('answers %s (%s) with %d', async (_case, caller, status) => {
    expect(
      (await injectAs(api, userOf(caller), { method: 'GET', url: url(world.orgs.sme) })).statusCode,
    ).toBe(status);
  });

  it('answers an unknown organisation with 404', async () => {
    const response = await injectAs(api, world.users.admin, {
      method: 'GET',
      url: url('00000000-0000-4000-8000-000000000000'),
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('participant import', () => {
  let activityId: string;
  const previewUrl = () => `/api/v1/activities/${activityId}/participations/import/preview`;
  const commitUrl = () => `/api/v1/activities/${activityId}/participations/import/commit`;
  const preview = (csv: string, user: TestUser | null = world.users.brokerA) =>
    injectAs(api, user, { method: 'POST', url: previewUrl(), payload: { csv } });

  const CSV = [
    '\uFEFFname;cvr;email_domain;country',
    'Fjordmejeriet (by CVR);DK 1234 5674;;DK',
    'Vestjysk Uni;;forskning@vestjysk-uni.dk;DK',
    'andet aps.;;;dk',
    'Ny Virksomhed ApS;40000003;nyvirk.dk;DK',
    'NY VIRKSOMHED APS;;;DK',
    'Fjordmejeriet ApS;;;DK',
    'Broken Line;12345678;;DK',
    ';;;',
    'Svensk Innovation AB;;svensk.se;SE',
    ';29999996;;DK',
  ].join('\r\n');

  beforeAll(async () => {
    activityId = (await createActivity(world.users.brokerA, { title: 'Import test' })).id;
    await expectStatus(
      injectAs(api, world.users.scholar, {
        method: 'PATCH',
        url: `/api/v1/organizations/${world.orgs.university}`,
        payload: { website: 'https://www.vestjysk-uni.dk/' },
      }),
      200,
    );
    await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'POST',
        url: `/api/v1/activities/${activityId}/participations`,
        payload: { organizationId: world.orgs.sme },
      }),
      201,
    );
  });

  it('reviews every line (CVR, domain and name matches, proposals, duplicates, participants, errors) and writes nothing', async () => {
    const before = await writtenRows();
    const body = await expectStatus(preview(CSV), 200);
    expect(await writtenRows()).toEqual(before);
    const byLine = Object.fromEntries(body.lines.map((line: { line: number }) => [line.line, line]));
    expect(Object.keys(byLine).map(Number)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11]);
    expect(byLine[2]).toMatchObject({
      input: { name: 'Fjordmejeriet (by CVR)', cvr: 'DK 1234 5674', email_domain: null, country: 'DK' },
      errors: [],
      match: {
        organizationId: world.orgs.sme,
        name: 'Fjordmejeriet ApS',
        kind: 'sme',
        verified: true,
        by: 'cvr',
      },
      proposal: null,
      alreadyParticipating: true,
      duplicateOfLine: null,
    });
    expect(byLine[3]).toMatchObject({
      match: { organizationId: world.orgs.university, by: 'domain' },
      alreadyParticipating: false,
    });
    expect(byLine[4]).toMatchObject({ match: { organizationId: world.orgs.unrelated, by: 'name' } });
    expect(byLine[5]).toMatchObject({
      match: null,
      proposal: {
        name: 'Ny Virksomhed ApS',
        cvr: '40000003',
        country: 'DK',
        website: 'https://nyvirk.dk',
        kind: 'other',
      },
      duplicateOfLine: null,
    });
    expect(byLine[6]).toMatchObject({
      match: null,
      proposal: { name: 'NY VIRKSOMHED APS' },
      duplicateOfLine: 5,
    });
    expect(byLine[7]).toMatchObject({
      match: { organizationId: world.orgs.sme, by: 'name' },
      duplicateOfLine: 2,
    });
    expect(byLine[8]).toMatchObject({
      errors: [{ field: 'cvr', message: 'CVR check digit is wrong — check the number' }],
      match: null,
      proposal: null,
    });
    expect(byLine[10]).toMatchObject({
      proposal: { name: 'Svensk Innovation AB', country: 'SE', website: 'https://svensk.se' },
    });
    expect(byLine[11].errors).toEqual([{ field: 'name', message: 'The name is missing' }]);
    expect(body.summary).toEqual({
      lines: 9,
      matched: 4,
      proposed: 3,
      alreadyParticipating: 2,
      duplicates: 2,
      withErrors: 2,
    });
  });

  it('does not match a name or domain to an organisation with another CVR number', async () => {
    const body = await expectStatus(preview('name,cvr\nAndet ApS,40000003\n'), 200);
    expect(body.lines[0]).toMatchObject({ match: null, proposal: { name: 'Andet ApS', cvr: '40000003' } });
  });

  it.each([
    ['a header without a name column', 'firma;cvr\nX;12345674', 'csv'],
    ['no csv', undefined, 'csv'],
  ])('refuses %s with 400', async (_case, csv, field) => {
    const response = await injectAs(api, world.users.brokerA, {
      method: 'POST',
      url: previewUrl(),
      payload: { csv },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it.each([
    ['a broker of another cluster', 'brokerB', 404],
    ['programme staff', 'programme', 403],
    ['a company member', 'author', 403],
    ['an anonymous caller', 'anonymous', 401],
  ] as const)('refuses preview and commit to %s (%s) with %d', async (_case, caller, status) => {
    const before = await writtenRows();
    expect((await preview(CSV, userOf(caller))).statusCode).toBe(status);
    const commit = await injectAs(api, userOf(caller), {
      method: 'POST',
      url: commitUrl(),
      payload: { rows: [{ line: 3, organizationId: world.orgs.university }] },
    });
    expect(commit.statusCode).toBe(status);
    expect(await writtenRows()).toEqual(before);
  });

  it('refuses a commit with a bad row as a whole, naming the row', async () => {
    const before = await writtenRows();
    const response = await injectAs(api, world.users.brokerA, {
      method: 'POST',
      url: commitUrl(),
      payload: {
        rows: [
          { line: 3, organizationId: world.orgs.university },
          { line: 5, create: { name: 'Ny Virksomhed ApS', cvr: '40000003', country: 'DK' } },
          { line: 8, create: { name: 'Broken Line', cvr: '12345678', country: 'DK' } },
          { line: 9, organizationId: world.orgs.unrelated, create: { name: 'Both', country: 'DK' } },
          { line: 12, create: { name: 'Dansk Firma ApS', country: 'DK', kind: 'sme' } },
          { line: 13, organizationId: '00000000-0000-4000-8000-000000000000' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      { field: 'rows.3', message: 'Line 9: give either organizationId or create' },
    ]);
    const second = await injectAs(api, world.users.brokerA, {
      method: 'POST',
      url: commitUrl(),
      payload: {
        rows: [
          { line: 3, organizationId: world.orgs.university },
          { line: 8, create: { name: 'Broken Line', cvr: '12345678', country: 'DK' } },
          { line: 12, create: { name: 'Dansk Firma ApS', country: 'DK', kind: 'sme' } },
          { line: 13, organizationId: '00000000-0000-4000-8000-000000000000' },
          { line: 14, create: { name: 'Bad country', country: 'Sverige' } },
        ],
      },
    });
    expect(second.statusCode).toBe(400);
    expect(second.json().details).toEqual([expect.objectContaining({ field: 'rows.4.create.country' })]);
    const third = await injectAs(api, world.users.brokerA, {
      method: 'POST',
      url: commitUrl(),
      payload: {
        rows: [
          { line: 3, organizationId: world.orgs.university },
          { line: 8, create: { name: 'Broken Line', cvr: '12345678', country: 'DK' } },
          { line: 12, create: { name: 'Dansk Firma ApS', country: 'DK', kind: 'sme' } },
          { line: 13, organizationId: '00000000-0000-4000-8000-000000000000' },
        ],
      },
    });
    expect(third.statusCode).toBe(400);
    expect(third.json().details).toEqual([
      { field: 'rows.1.create.cvr', message: 'CVR check digit is wrong — check the number' },
      { field: 'rows.2.create.cvr', message: 'A Danish company needs its CVR number' },
      { field: 'rows.3.organizationId', message: 'Line 13: no organisation with this id' },
    ]);
    expect(await writtenRows()).toEqual(before);
  });

  it('commits the reviewed rows in one go: creates unverified organisations once, skips participants and repeats', async () => {
    const reviewed = await expectStatus(preview(CSV), 200);
    const rows = reviewed.lines
      .filter((line: { errors: unknown[] }) => !line.errors.length)
      .map((line: { line: number; match: { organizationId: string } | null; proposal: object | null }) =>
        line.match
          ? { line: line.line, organizationId: line.match.organizationId }
          : { line: line.line, create: line.proposal },
      );
    const organizationsBefore = await count('select 1 from organizations');

    const result = await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'POST',
        url: commitUrl(),
        payload: { role: 'participant', persons: 2, rows },
      }),
      200,
    );
    // 7 rows: the university, Andet ApS, Ny Virksomhed and Svensk Innovation are added; the SME takes
    // part already (twice in the file); the second Ny Virksomhed line is the one the first created.
    expect(result).toEqual({ added: 4, created: 2, skipped: 3 });
    expect(await count('select 1 from organizations')).toBe(organizationsBefore + 2);

    const created = await db.query(
      `select id, name, cvr, country, website, kind, verified from organizations where name in ('Ny Virksomhed ApS', 'Svensk Innovation AB') order by name`,
    );
    expect(created).toEqual([
      expect.objectContaining({
        name: 'Ny Virksomhed ApS',
        cvr: '40000003',
        country: 'DK',
        website: 'https://nyvirk.dk',
        kind: 'other',
        verified: false,
      }),
      expect.objectContaining({
        name: 'Svensk Innovation AB',
        cvr: null,
        country: 'SE',
        website: 'https://svensk.se',
        verified: false,
      }),
    ]);
    for (const { id } of created) {
      expect(await auditOf(id)).toEqual([
        expect.objectContaining({ action: 'create', actorUserId: world.users.brokerA.id }),
      ]);
      expect(
        await count(`select 1 from outbox_events where entity_id = $1 and entity_type = 'organization'`, [
          id,
        ]),
      ).toBe(1);
    }
    const participations = await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'GET',
        url: `/api/v1/activities/${activityId}/participations`,
      }),
      200,
    );
    expect(
      participations.items.map((p: { organization: { name: string }; persons: number }) => [
        p.organization.name,
        p.persons,
      ]),
    ).toEqual([
      ['Andet ApS', 2],
      ['Fjordmejeriet ApS', 1],
      ['Ny Virksomhed ApS', 2],
      ['Svensk Innovation AB', 2],
      ['Vestjysk Universitet', 2],
    ]);
    expect(
      await count(
        `select 1 from audit_entries a join activity_participations p on p.id = a.entity_id
          where a.entity_type = 'participation' and a.action = 'create' and p.activity_id = $1`,
        [activityId],
      ),
    ).toBe(5);

    // The same list again: everything matches now, nothing is created or added.
    const again = await expectStatus(preview(CSV), 200);
    expect(again.summary).toMatchObject({ matched: 7, proposed: 0, alreadyParticipating: 7 });
    const before = await writtenRows();
    const repeat = await expectStatus(
      injectAs(api, world.users.brokerA, { method: 'POST', url: commitUrl(), payload: { rows } }),
      200,
    );
    expect(repeat).toEqual({ added: 0, created: 0, skipped: 7 });
    expect(await writtenRows()).toEqual(before);
  });
});

describe('funding records', () => {
  const payload = (extra: Record<string, unknown> = {}) => ({
    clusterId: world.orgs.clusterA,
    year: 2025,
    source: 'innovation_power',
    amountDkk: 1_500_000,
    status: 'spent',
    ...extra,
  });
  let recordA: string;
  let recordB: string;

  beforeAll(async () => {
    recordA = (
      await expectStatus(
        injectAs(api, world.users.brokerA, {
          method: 'POST',
          url: '/api/v1/funding-records',
          payload: payload({ activityId: activities.a1, note: 'Masterclass' }),
        }),
        201,
      )
    ).id;
    recordB = (
      await expectStatus(
        injectAs(api, world.users.brokerB, {
          method: 'POST',
          url: '/api/v1/funding-records',
          payload: payload({
            clusterId: world.orgs.clusterB,
            year: 2024,
            source: 'eu',
            status: 'secured',
            amountDkk: 4_000_000,
          }),
        }),
        201,
      )
    ).id;
  });

  it('records funding with its cluster and activity, and an audit entry', async () => {
    const body = await expectStatus(
      injectAs(api, world.users.brokerA, { method: 'GET', url: '/api/v1/funding-records' }),
      200,
    );
    expect(body.items).toEqual([
      expect.objectContaining({
        id: recordA,
        cluster: { id: world.orgs.clusterA, name: 'Food & Bio Cluster' },
        year: 2025,
        source: 'innovation_power',
        amountDkk: 1_500_000,
        status: 'spent',
        activity: { id: activities.a1, title: 'Fermentation masterclass' },
        note: 'Masterclass',
        canEdit: true,
      }),
    ]);
    const [entry] = await auditOf(recordA);
    expect(entry).toMatchObject({
      action: 'create',
      changes: {
        amountDkk: { from: null, to: 1_500_000 },
        clusterId: { from: null, to: world.orgs.clusterA },
      },
    });
  });

  it.each([
    ['a negative amount', { amountDkk: -5 }, 'amountDkk'],
    ['a fraction of a krone', { amountDkk: 10.5 }, 'amountDkk'],
    ['an unknown source', { source: 'lottery' }, 'source'],
    ['an unknown status', { status: 'hoped' }, 'status'],
    ['a year out of range', { year: 1999 }, 'year'],
    ["another cluster's activity", { activityId: 'B1' }, 'activityId'],
    ['a company as cluster', { clusterId: 'SME' }, 'clusterId'],
  ])('answers %s with 400 naming the field, writing nothing', async (_case, extra, field) => {
    const resolved = Object.fromEntries(
      Object.entries(extra).map(([key, value]) => [
        key,
        value === 'B1' ? activities.b1 : value === 'SME' ? world.orgs.sme : value,
      ]),
    );
    const user = resolved.clusterId ? world.users.admin : world.users.brokerA;
    const before = await writtenRows();
    const response = await injectAs(api, user, {
      method: 'POST',
      url: '/api/v1/funding-records',
      payload: payload(resolved),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await writtenRows()).toEqual(before);
  });

  it.each([
    ['a broker of another cluster', 'brokerB', 403],
    ['programme staff', 'programme', 403],
    ['a company member', 'author', 403],
    ['an anonymous caller', 'anonymous', 401],
  ] as const)('refuses recording for cluster A by %s (%s) with %d', async (_case, caller, status) => {
    const before = await writtenRows();
    const response = await injectAs(api, userOf(caller), {
      method: 'POST',
      url: '/api/v1/funding-records',
      payload: payload(),
    });
    expect(response.statusCode).toBe(status);
    expect(await writtenRows()).toEqual(before);
  });

  it.each([
    ['the broker of cluster A', 'brokerA', '', 200, ['A']],
    ['the broker of cluster B', 'brokerB', '', 200, ['B']],
    ['programme staff', 'programme', '', 200, ['A', 'B']],
    ['programme staff, one year', 'programme', '?year=2024', 200, ['B']],
    ['a platform admin, one cluster', 'admin', '?cluster=CLUSTER_A', 200, ['A']],
    ["a broker asking for another cluster's", 'brokerB', '?cluster=CLUSTER_A', 403, []],
    ['a company member', 'author', '', 403, []],
    ['an anonymous caller', 'anonymous', '', 401, []],
  ] as const)('lists for %s', async (_case, caller, query, status, expected) => {
    const response = await injectAs(api, userOf(caller), {
      method: 'GET',
      url: `/api/v1/funding-records${query.replace('CLUSTER_A', world.orgs.clusterA)}`,
    });
    expect(response.statusCode).toBe(status);
    if (status === 200) {
      expect(ids(response.json())).toEqual(expected.map((key) => (key === 'A' ? recordA : recordB)).sort());
    }
  });

  it('edits and deletes a record (its cluster’s brokers and admins), audited', async () => {
    const { id } = await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'POST',
        url: '/api/v1/funding-records',
        payload: payload({ source: 'membership_fees', amountDkk: 250_000 }),
      }),
      201,
    );
    const patch = (user: TestUser | null, body: Record<string, unknown>) =>
      injectAs(api, user, { method: 'PATCH', url: `/api/v1/funding-records/${id}`, payload: body });
    expect((await patch(world.users.brokerB, { amountDkk: 1 })).statusCode).toBe(404);
    expect((await patch(world.users.programme, { amountDkk: 1 })).statusCode).toBe(403);
    expect((await patch(world.users.author, { amountDkk: 1 })).statusCode).toBe(403);
    expect((await patch(world.users.brokerA, { amountDkk: 0 })).statusCode).toBe(400);
    const changed = await expectStatus(
      patch(world.users.brokerA, { amountDkk: 300_000, status: 'secured', note: 'Paid in March' }),
      200,
    );
    expect(changed).toMatchObject({ amountDkk: 300_000, status: 'secured', note: 'Paid in March' });
    await expectStatus(patch(world.users.admin, { year: 2026 }), 200);

    expect(
      (await injectAs(api, world.users.brokerB, { method: 'DELETE', url: `/api/v1/funding-records/${id}` }))
        .statusCode,
    ).toBe(404);
    await expectStatus(
      injectAs(api, world.users.brokerA, { method: 'DELETE', url: `/api/v1/funding-records/${id}` }),
      204,
    );
    const entries = await auditOf(id);
    expect(entries.map((entry: { action: string }) => entry.action)).toEqual([
      'create',
      'update',
      'update',
      'delete',
    ]);
    expect(entries[1].changes).toEqual({
      amountDkk: { from: 250_000, to: 300_000 },
      status: { from: 'spent', to: 'secured' },
      note: { from: null, to: 'Paid in March' },
    });
  });
});

describe('links to cases', () => {
  /** Cases of the test world: A and A2 brokered by cluster A, B by cluster B. */
  let cases: { a: string; a2: string; b: string };
  const label = (id: string, stage: string, company = 'Fjordmejeriet ApS') => ({
    id,
    company,
    institution: 'Vestjysk Universitet',
    stage,
  });

  /** Cases are written by the cases feature; here they are only read, so rows suffice. */
  async function insertCase(companyId: string, clusterId: string, stage: string): Promise<string> {
    const [row] = await db.query(
      `insert into cases (company_id, institution_id, owner_cluster_id, stage, origin, routing)
       values ($1, $2, $3, $4, 'broker_match', 'broker') returning id`,
      [companyId, world.orgs.university, clusterId, stage],
    );
    await db.query('insert into case_clusters (case_id, cluster_id) values ($1, $2)', [row.id, clusterId]);
    return row.id;
  }

  const patch = (user: TestUser, id: string, payload: Record<string, unknown>) =>
    injectAs(api, user, { method: 'PATCH', url: `/api/v1/activities/${id}`, payload });
  const get = (user: TestUser, id: string) =>
    expectStatus(injectAs(api, user, { method: 'GET', url: `/api/v1/activities/${id}` }), 200);

  beforeAll(async () => {
    cases = {
      a: await insertCase(world.orgs.sme, world.orgs.clusterA, 'introduced'),
      a2: await insertCase(world.orgs.sme, world.orgs.clusterA, 'funded'),
      b: await insertCase(world.orgs.unrelated, world.orgs.clusterB, 'meeting_held'),
    };
  });

  it('links cases on create and update, unlinks them, and audits each change', async () => {
    const created = await createActivity(world.users.brokerA, { caseIds: [cases.a] });
    expect(created.cases).toEqual([label(cases.a, 'introduced')]);

    const linked = await expectStatus(
      patch(world.users.brokerA, created.id, { caseIds: [cases.a2, cases.a] }),
      200,
    );
    // Same parties: ordered by id.
    expect(linked.cases).toEqual(
      [label(cases.a, 'introduced'), label(cases.a2, 'funded')].sort((x, y) => (x.id < y.id ? -1 : 1)),
    );

    const unlinked = await expectStatus(patch(world.users.brokerA, created.id, { caseIds: [] }), 200);
    expect(unlinked.cases).toEqual([]);
    expect((await get(world.users.admin, created.id)).cases).toEqual([]);

    const entries = await auditOf(created.id);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'update']);
    expect(entries[0].changes.caseIds).toEqual({ from: null, to: [cases.a] });
    expect(entries[1].changes).toEqual({ caseIds: { from: [cases.a], to: [cases.a, cases.a2].sort() } });
    expect(entries[2].changes).toEqual({ caseIds: { from: [cases.a, cases.a2].sort(), to: [] } });
  });

  it("shows a linked case's parties only to its clusters' brokers and admins, and keeps links others do not see", async () => {
    // A2 is organised by clusters A and B, so cases of either may be linked.
    await expectStatus(patch(world.users.admin, activities.a2, { caseIds: [cases.a, cases.b] }), 200);
    expect((await get(world.users.brokerA, activities.a2)).cases).toEqual([label(cases.a, 'introduced')]);
    expect((await get(world.users.brokerB, activities.a2)).cases).toEqual([
      label(cases.b, 'meeting_held', 'Andet ApS'),
    ]);
    expect((await get(world.users.programme, activities.a2)).cases).toEqual([]);

    // Broker A replaces the links it sees; the link to B's case stays.
    await expectStatus(patch(world.users.brokerA, activities.a2, { caseIds: [] }), 200);
    expect((await get(world.users.admin, activities.a2)).cases).toEqual([
      label(cases.b, 'meeting_held', 'Andet ApS'),
    ]);
    await expectStatus(patch(world.users.admin, activities.a2, { caseIds: [] }), 200);
  });

  it.each([
    ['a case of another cluster', 'B'],
    ['an unknown case', 'UNKNOWN'],
    ['a case id that is no UUID', 'not-a-uuid'],
  ])('refuses %s with 400 naming caseIds, writing nothing', async (_case, key) => {
    const caseId = key === 'B' ? cases.b : key === 'UNKNOWN' ? '00000000-0000-4000-8000-000000000000' : key;
    const before = await writtenRows();
    const created = await injectAs(api, world.users.brokerA, {
      method: 'POST',
      url: '/api/v1/activities',
      payload: activityPayload(world.orgs.clusterA, { caseIds: [caseId] }),
    });
    const updated = await patch(world.users.brokerA, activities.a1, { caseIds: [cases.a, caseId] });
    for (const response of [created, updated]) {
      expect(response.statusCode).toBe(400);
      expect(response.json().details).toEqual([expect.objectContaining({ field: 'caseIds' })]);
    }
    expect(await writtenRows()).toEqual(before);
  });

  it('ties a funding record to a case of its cluster, refuses others, and clears the tie', async () => {
    const create = (user: TestUser, payload: Record<string, unknown>) =>
      injectAs(api, user, {
        method: 'POST',
        url: '/api/v1/funding-records',
        payload: {
          clusterId: world.orgs.clusterA,
          year: 2026,
          source: 'private_cofunding',
          amountDkk: 250_000,
          status: 'secured',
          ...payload,
        },
      });
    const record = await expectStatus(create(world.users.brokerA, { caseId: cases.a }), 201);
    expect(record.case).toEqual(label(cases.a, 'introduced'));
    expect((await auditOf(record.id))[0].changes.caseId).toEqual({ from: null, to: cases.a });

    const before = await writtenRows();
    for (const caseId of [cases.b, '00000000-0000-4000-8000-000000000000']) {
      const refused = await create(world.users.brokerA, { caseId });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().details).toEqual([expect.objectContaining({ field: 'caseId' })]);
      const moved = await injectAs(api, world.users.brokerA, {
        method: 'PATCH',
        url: `/api/v1/funding-records/${record.id}`,
        payload: { caseId },
      });
      expect(moved.statusCode).toBe(400);
      expect(moved.json().details).toEqual([expect.objectContaining({ field: 'caseId' })]);
    }
    expect(await writtenRows()).toEqual(before);

    const cleared = await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'PATCH',
        url: `/api/v1/funding-records/${record.id}`,
        payload: { caseId: null },
      }),
      200,
    );
    expect(cleared.case).toBeNull();
    expect((await auditOf(record.id))[1].changes).toEqual({ caseId: { from: cases.a, to: null } });
    await expectStatus(
      injectAs(api, world.users.brokerA, { method: 'DELETE', url: `/api/v1/funding-records/${record.id}` }),
      204,
    );
  });

  it('drops the links when a case is deleted, and refuses linking it afterwards', async () => {
    const gone = await insertCase(world.orgs.unrelated, world.orgs.clusterA, 'declined');
    const activity = await createActivity(world.users.brokerA, { caseIds: [gone] });
    const record = await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'POST',
        url: '/api/v1/funding-records',
        payload: {
          clusterId: world.orgs.clusterA,
          year: 2026,
          source: 'eu',
          amountDkk: 10_000,
          status: 'secured',
          caseId: gone,
        },
      }),
      201,
    );
    await db.query('delete from cases where id = $1', [gone]);

    expect((await get(world.users.brokerA, activity.id)).cases).toEqual([]);
    const [row] = await db.query('select case_id from funding_records where id = $1', [record.id]);
    expect(row.case_id).toBeNull();
    const relinked = await patch(world.users.brokerA, activity.id, { caseIds: [gone] });
    expect(relinked.statusCode).toBe(400);
    expect(relinked.json().details).toEqual([expect.objectContaining({ field: 'caseIds' })]);

    await expectStatus(
      injectAs(api, world.users.brokerA, { method: 'DELETE', url: `/api/v1/funding-records/${record.id}` }),
      204,
    );
    await expectStatus(
      injectAs(api, world.users.admin, { method: 'DELETE', url: `/api/v1/activities/${activity.id}` }),
      204,
    );
  });
});

describe('access to every activities route, by caller kind', () => {
  let participationId: string;
  let recordId: string;

  beforeAll(async () => {
    participationId = (
      await expectStatus(
        injectAs(api, world.users.brokerA, {
          method: 'POST',
          url: `/api/v1/activities/${activities.a1}/participations`,
          payload: { organizationId: world.orgs.unrelated },
        }),
        201,
      )
    ).id;
    recordId = (
      await expectStatus(
        injectAs(api, world.users.brokerA, {
          method: 'POST',
          url: '/api/v1/funding-records',
          payload: {
            clusterId: world.orgs.clusterA,
            year: 2023,
            source: 'sponsorships',
            amountDkk: 50_000,
            status: 'secured',
          },
        }),
        201,
      )
    ).id;
  });

  /** Requests on cluster A's records that change nothing when allowed (empty edits, a preview). */
  const requests = () => ({
    readActivity: { method: 'GET', url: `/api/v1/activities/${activities.a1}` },
    editActivity: { method: 'PATCH', url: `/api/v1/activities/${activities.a1}`, payload: {} },
    readParticipations: { method: 'GET', url: `/api/v1/activities/${activities.a1}/participations` },
    editParticipation: {
      method: 'PATCH',
      url: `/api/v1/activities/${activities.a1}/participations/${participationId}`,
      payload: {},
    },
    preview: {
      method: 'POST',
      url: `/api/v1/activities/${activities.a1}/participations/import/preview`,
      payload: { csv: 'name\nAndet ApS' },
    },
    listFunding: { method: 'GET', url: `/api/v1/funding-records?cluster=${world.orgs.clusterA}` },
    editFunding: { method: 'PATCH', url: `/api/v1/funding-records/${recordId}`, payload: {} },
  });
  const refusedDeletes = () => ({
    deleteActivity: `/api/v1/activities/${activities.a1}`,
    deleteParticipation: `/api/v1/activities/${activities.a1}/participations/${participationId}`,
    deleteFunding: `/api/v1/funding-records/${recordId}`,
  });

  it.each([
    ['the broker of cluster A', 'brokerA', { read: 200, edit: 200, list: 200 }],
    ['a platform admin', 'admin', { read: 200, edit: 200, list: 200 }],
    ['programme staff', 'programme', { read: 200, edit: 403, list: 200 }],
    ['the broker of cluster B', 'brokerB', { read: 404, edit: 404, list: 403 }],
    ['a company member', 'author', { read: 403, edit: 403, list: 403 }],
    ['an institution member', 'scholar', { read: 403, edit: 403, list: 403 }],
    ['an anonymous caller', 'anonymous', { read: 401, edit: 401, list: 401 }],
  ] as const)('answers %s (%s) as the access rules say', async (_case, caller, expected) => {
    const statuses: Record<string, number> = {};
    for (const [name, request] of Object.entries(requests())) {
      statuses[name] = (
        await injectAs(api, userOf(caller), request as Parameters<typeof injectAs>[2])
      ).statusCode;
    }
    expect(statuses).toEqual({
      readActivity: expected.read,
      editActivity: expected.edit,
      readParticipations: expected.read,
      editParticipation: expected.edit,
      preview: expected.edit,
      listFunding: expected.list,
      editFunding: expected.edit,
    });
  });

  it.each([
    ['programme staff', 'programme', 403],
    ['the broker of cluster B', 'brokerB', 404],
    ['a company member', 'author', 403],
    ['an anonymous caller', 'anonymous', 401],
  ] as const)('refuses every delete to %s (%s) with %d, removing nothing', async (_case, caller, status) => {
    const before = await writtenRows();
    for (const url of Object.values(refusedDeletes())) {
      expect({
        url,
        status: (await injectAs(api, userOf(caller), { method: 'DELETE', url })).statusCode,
      }).toEqual({
        url,
        status,
      });
    }
    expect(await writtenRows()).toEqual(before);
  });
});
