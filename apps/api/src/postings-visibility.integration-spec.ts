import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { buildPostingWorld, competencePayload, expectStatus, injectAs, needPayload } from './test-postings';
import type { PostingWorld } from './test-postings';
import type { TestUser } from './test-users';

/**
 * Who reads which posting, on every read path. For each posting type, the owning organisation
 * publishes one posting per visibility × status (draft, open); each reader must see exactly the same
 * set through the list, the detail, the externalId lookup, the organisation's list and /me.
 */

const VISIBILITIES = ['public', 'registered', 'brokers'] as const;
const STATUSES = ['draft', 'open'] as const;
const KEYS = VISIBILITIES.flatMap((visibility) => STATUSES.map((status) => `${visibility}/${status}`));

type Reader =
  | 'anonymous'
  | 'registered stranger'
  | 'own organisation'
  | 'broker of a member cluster'
  | 'broker of another cluster'
  | 'programme'
  | 'admin';

/** The rule, as a table: what each reader sees of the six postings. */
const SEES: Record<Reader, string[]> = {
  anonymous: ['public/open'],
  'registered stranger': ['public/open', 'registered/open'],
  'own organisation': KEYS,
  'broker of a member cluster': ['public/open', 'registered/open', 'brokers/open'],
  'broker of another cluster': ['public/open', 'registered/open'],
  programme: ['public/open', 'registered/open', 'brokers/open'],
  admin: ['public/open', 'registered/open', 'brokers/open'],
};
const READERS = Object.keys(SEES) as Reader[];

interface TypeCase {
  plural: 'needs' | 'competencies';
  organization: (world: PostingWorld) => string;
  member: (world: PostingWorld) => TestUser;
  memberName: string;
  payload: (organizationId: string, extra: Record<string, unknown>) => Record<string, unknown>;
}

const TYPES: TypeCase[] = [
  {
    plural: 'needs',
    organization: (world) => world.orgs.sme,
    member: (world) => world.users.colleague,
    memberName: 'Carl Colleague',
    payload: needPayload,
  },
  {
    plural: 'competencies',
    organization: (world) => world.orgs.university,
    member: (world) => world.users.scholar,
    memberName: 'Sara Scholar',
    payload: competencePayload,
  },
];

let api: TestApi;
let world: PostingWorld;

beforeAll(async () => {
  api = await startTestApi();
  world = await buildPostingWorld(api);
});
afterAll(() => api.close());

describe.each(TYPES)('reading $plural', ({ plural, organization, member, memberName, payload }) => {
  /** Posting id by key ("brokers/draft"), and key by id. */
  const ids = new Map<string, string>();
  const keyOf = new Map<string, string>();
  let orgId: string;

  const readerUser = (reader: Reader): TestUser | null =>
    ({
      anonymous: null,
      'registered stranger': world.users.stranger,
      'own organisation': member(world),
      'broker of a member cluster': world.users.brokerA,
      'broker of another cluster': world.users.brokerB,
      programme: world.users.programme,
      admin: world.users.admin,
    })[reader];

  const keysOf = (items: { id: string }[]) =>
    items
      .map((item) => keyOf.get(item.id))
      .filter((key): key is string => key !== undefined)
      .sort();

  beforeAll(async () => {
    orgId = organization(world);
    for (const visibility of VISIBILITIES) {
      for (const status of STATUSES) {
        // A platform admin creates them: only admins may set externalId (imports).
        const body = await expectStatus(
          injectAs(api, world.users.admin, {
            method: 'POST',
            url: `/api/v1/${plural}`,
            payload: payload(orgId, {
              visibility,
              status,
              externalId: `${plural}-${visibility}-${status}`,
              contactUserId: member(world).id,
            }),
          }),
          201,
        );
        ids.set(`${visibility}/${status}`, body.id);
        keyOf.set(body.id, `${visibility}/${status}`);
      }
    }
  });

  it.each(READERS)('%s reads the same postings on every read path', async (reader) => {
    const user = readerUser(reader);
    const expected = [...SEES[reader]].sort();
    const get = (url: string) => injectAs(api, user, { method: 'GET', url });

    const list = (await get(`/api/v1/${plural}?organization=${orgId}&limit=100`)).json();
    expect({ path: 'list', keys: keysOf(list.items), total: list.total }).toEqual({
      path: 'list',
      keys: expected,
      total: expected.length,
    });

    const byOrganization = (await get(`/api/v1/organizations/${orgId}/${plural}?limit=100`)).json();
    expect({
      path: 'organisation list',
      keys: keysOf(byOrganization.items),
      total: byOrganization.total,
    }).toEqual({ path: 'organisation list', keys: expected, total: expected.length });

    for (const key of KEYS) {
      const visible = expected.includes(key);
      const detail = await get(`/api/v1/${plural}/${ids.get(key)}`);
      expect({ path: 'detail', key, status: detail.statusCode }).toEqual({
        path: 'detail',
        key,
        status: visible ? 200 : 404,
      });
      const lookup = (await get(`/api/v1/${plural}?externalId=${plural}-${key.replace('/', '-')}`)).json();
      expect({ path: 'externalId', key, keys: keysOf(lookup.items), total: lookup.total }).toEqual({
        path: 'externalId',
        key,
        keys: visible ? [key] : [],
        total: visible ? 1 : 0,
      });
    }

    const mine = await get(`/api/v1/me/${plural}?limit=100`);
    if (user === null) {
      expect(mine.statusCode).toBe(401);
    } else {
      expect({ path: '/me', keys: keysOf(mine.json().items) }).toEqual({
        path: '/me',
        keys: reader === 'own organisation' ? KEYS.slice().sort() : [],
      });
    }
  });

  it.each(READERS)('%s sees the contact person only inside the organisation', async (reader) => {
    const user = readerUser(reader);
    const detail = (
      await injectAs(api, user, { method: 'GET', url: `/api/v1/${plural}/${ids.get('public/open')}` })
    ).json();
    const listed = (
      await injectAs(api, user, { method: 'GET', url: `/api/v1/${plural}?externalId=${plural}-public-open` })
    ).json().items[0];
    for (const answer of [detail, listed]) {
      if (reader === 'own organisation') {
        expect(answer.contact).toEqual({
          userId: member(world).id,
          name: memberName,
          email: member(world).email,
        });
      } else {
        expect(answer).not.toHaveProperty('contact');
        expect(JSON.stringify(answer)).not.toContain(member(world).email);
      }
    }
  });

  it('shows the organisation as id, name and kind', async () => {
    const detail = (
      await injectAs(api, null, { method: 'GET', url: `/api/v1/${plural}/${ids.get('public/open')}` })
    ).json();
    expect(detail.organization).toEqual({
      id: orgId,
      name: plural === 'needs' ? 'Fjordmejeriet ApS' : 'Vestjysk Universitet',
      kind: plural === 'needs' ? 'sme' : 'university',
    });
  });
});

describe('reading over time', () => {
  const create = async (extra: Record<string, unknown>) =>
    (
      await expectStatus(
        injectAs(api, world.users.author, {
          method: 'POST',
          url: '/api/v1/needs',
          payload: needPayload(world.orgs.sme, { status: 'open', ...extra }),
        }),
        201,
      )
    ).id as string;
  const status = (user: TestUser | null, id: string) =>
    injectAs(api, user, { method: 'GET', url: `/api/v1/needs/${id}` }).then(
      (response) => response.statusCode,
    );

  it('keeps a closed posting readable by those who could read it, and no one else', async () => {
    const id = await create({ visibility: 'registered' });
    await expectStatus(
      injectAs(api, world.users.author, {
        method: 'POST',
        url: `/api/v1/needs/${id}/status`,
        payload: { status: 'closed' },
      }),
      200,
    );
    expect(await status(world.users.stranger, id)).toBe(200);
    expect(await status(null, id)).toBe(404);
  });

  it('hides a deleted posting on every path, from its own organisation too', async () => {
    const id = await create({ visibility: 'public' });
    await expectStatus(
      injectAs(api, world.users.author, { method: 'DELETE', url: `/api/v1/needs/${id}` }),
      204,
    );
    for (const user of [null, world.users.colleague, world.users.admin]) {
      expect(await status(user, id)).toBe(404);
      const list = (await injectAs(api, user, { method: 'GET', url: `/api/v1/needs?limit=100` })).json();
      expect(list.items.map((item: { id: string }) => item.id)).not.toContain(id);
    }
    const mine = (
      await injectAs(api, world.users.colleague, { method: 'GET', url: '/api/v1/me/needs?limit=100' })
    ).json();
    expect(mine.items.map((item: { id: string }) => item.id)).not.toContain(id);
  });

  it("takes a broker's sight of confidential postings away when the company leaves the cluster", async () => {
    const id = await create({ visibility: 'brokers' });
    expect(await status(world.users.brokerA, id)).toBe(200);
    await expectStatus(
      injectAs(api, world.users.brokerA, {
        method: 'DELETE',
        url: `/api/v1/clusters/${world.orgs.clusterA}/members/${world.orgs.sme}`,
      }),
      204,
    );
    try {
      expect(await status(world.users.brokerA, id)).toBe(404);
    } finally {
      await expectStatus(
        injectAs(api, world.users.brokerA, {
          method: 'POST',
          url: `/api/v1/clusters/${world.orgs.clusterA}/members`,
          payload: { organizationId: world.orgs.sme, yearlyFeeDkk: 5000, since: '2024-01-01' },
        }),
        201,
      );
    }
  });
});
