import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { buildPostingWorld, competencePayload, expectStatus, injectAs, needPayload } from './test-postings';
import type { PostingWorld } from './test-postings';
import { startTestRelay } from './test-search';
import type { TestRelay } from './test-search';
import { signUp } from './test-users';
import type { TestUser } from './test-users';

/**
 * Matching against the real index, filled by the relay from what the API wrote: the ranking on a small
 * fixture, its reasons, that it does not change between calls, and that nobody learns from a match
 * what they may not read.
 */

let api: TestApi;
let world: PostingWorld;
let relay: TestRelay;

// A word only the confidential need contains.
const SECRET = 'kvantefermentering';
const ids: Record<string, string> = {};
const orgs: Record<string, string> = {};

interface Match {
  type: string;
  id: string;
  title: string;
  organization: { id: string; name: string; kind: string };
  score: number;
  reasons: {
    sharedTerms: string[];
    sharedTags: string[];
    formats: string[];
    partnerKindFit: boolean | null;
    region: string | null;
    country: string | null;
    experience: { relevant: number; inField: number; total: number } | null;
    sharedClusters: { id: string; name: string }[];
    signals: Record<string, number>;
  };
  postings?: { type: string; id: string; title: string; relevance: number }[];
}

beforeAll(async () => {
  api = await startTestApi();
  world = await buildPostingWorld(api);
  relay = await startTestRelay(api.context.config);
  await relay.index.prepare();
  const createOrg = async (user: TestUser, payload: Record<string, unknown>) =>
    (await expectStatus(injectAs(api, user, { method: 'POST', url: '/api/v1/organizations', payload }), 201))
      .id as string;
  const post = async (user: TestUser, plural: string, payload: Record<string, unknown>) =>
    (await expectStatus(injectAs(api, user, { method: 'POST', url: `/api/v1/${plural}`, payload }), 201))
      .id as string;
  const inspector = await signUp(api, 'ida@institut.dk', { name: 'Ida Inspector' });
  const teacher = await signUp(api, 'tom@akademi.dk', { name: 'Tom Teacher' });
  orgs.institute = await createOrg(inspector, { kind: 'gts_institute', name: 'Nordisk Måleinstitut' });
  orgs.academy = await createOrg(teacher, { kind: 'business_academy', name: 'Kyst Erhvervsakademi' });

  ids.need = await post(
    world.users.author,
    'needs',
    needPayload(world.orgs.sme, {
      title: 'Predicting illness in dairy cows',
      description: 'We collect sensor data from 400 cows and want to spot illness days earlier.',
      tags: ['sensors', 'dairy', 'machine learning'],
      formats: ['contract_research'],
      partnerKinds: ['university'],
      regionPreference: 'syddanmark',
      status: 'open',
    }),
  );
  ids.confidential = await post(
    world.users.author,
    'needs',
    needPayload(world.orgs.sme, {
      title: `Dairy sensors for ${SECRET}`,
      description: `Our ${SECRET} of milk needs machine learning on sensor data, between us and our cluster.`,
      tags: ['sensors', SECRET],
      visibility: 'brokers',
      status: 'open',
    }),
  );
  ids.draft = await post(world.users.author, 'needs', needPayload(world.orgs.sme, { status: 'draft' }));
  // The university: two competencies that fit the need closely, in its region and cluster.
  ids.learning = await post(
    world.users.scholar,
    'competencies',
    competencePayload(world.orgs.university, {
      title: 'Machine learning on dairy cow sensor data',
      description: 'Our group builds models that detect illness in dairy cows from wearable sensors.',
      tags: ['machine learning', 'sensors', 'dairy'],
      formats: ['contract_research', 'student_project'],
      regionPreference: 'syddanmark',
      status: 'open',
    }),
  );
  ids.herd = await post(
    world.users.scholar,
    'competencies',
    competencePayload(world.orgs.university, {
      title: 'Herd health monitoring',
      description: 'Monitoring the health of dairy herds with sensors in the barn.',
      tags: ['dairy', 'sensors'],
      formats: ['student_project'],
      regionPreference: 'syddanmark',
      status: 'open',
    }),
  );
  // The institute: one competence on sensors, not the kind of partner the need asks for.
  ids.calibration = await post(
    inspector,
    'competencies',
    competencePayload(orgs.institute, {
      title: 'Sensor calibration for food production',
      description: 'Accredited calibration of temperature and humidity sensors in food plants.',
      tags: ['sensors'],
      formats: ['test_demonstration'],
      status: 'open',
    }),
  );
  ids.bookkeeping = await post(
    teacher,
    'competencies',
    competencePayload(orgs.academy, {
      title: 'Bookkeeping courses',
      description: 'Evening courses in bookkeeping and VAT.',
      tags: ['accounting'],
      formats: ['continuing_education'],
      status: 'open',
    }),
  );
  await relay.relay.drain();
});
afterAll(async () => {
  await relay.close();
  await api.close();
});

const get = (user: TestUser | null, url: string) => injectAs(api, user, { method: 'GET', url });
const matches = async (user: TestUser | null, url: string): Promise<Match[]> =>
  (await expectStatus(get(user, url), 200)).items;

describe('matches for a need', () => {
  it('ranks institutions by fit, each with its best competencies', async () => {
    const items = await matches(world.users.stranger, `/api/v1/needs/${ids.need}/matches`);
    expect(items.map((item) => item.id)).toEqual([world.orgs.university, orgs.institute]);
    expect(items[0]).toMatchObject({
      type: 'organization',
      title: 'Vestjysk Universitet',
      organization: { id: world.orgs.university, name: 'Vestjysk Universitet', kind: 'university' },
    });
    expect(items[0].postings?.map((posting) => posting.id)).toEqual([ids.learning, ids.herd]);
    expect(items[0].score).toBeGreaterThan(items[1].score);
    for (const item of items) {
      expect(item.score).toBeGreaterThan(0);
      expect(item.score).toBeLessThanOrEqual(1);
    }
  });

  it('gives the reasons a person can check', async () => {
    const [university, institute] = await matches(world.users.stranger, `/api/v1/needs/${ids.need}/matches`);
    expect(university.reasons).toMatchObject({
      sharedTags: ['sensors', 'dairy', 'machine learning'],
      formats: ['contract_research'],
      partnerKindFit: true,
      region: 'syddanmark',
      country: 'DK',
      // The herd competence shares tags but none of the words the text queries keep.
      experience: { relevant: 1, inField: 2, total: 2 },
      sharedClusters: [{ id: world.orgs.clusterA, name: 'Food & Bio Cluster' }],
    });
    expect(university.reasons.sharedTerms).toEqual(expect.arrayContaining(['illness', 'dairy', 'cows']));
    expect(university.reasons.signals).toMatchObject({
      tags: 1,
      formats: 1,
      partnerKind: 1,
      region: 1,
      cluster: 1,
    });
    expect(institute.reasons).toMatchObject({
      sharedTags: ['sensors'],
      formats: [],
      partnerKindFit: false,
      // Another region of the same country: nearer than abroad, farther than the same region.
      region: null,
      country: 'DK',
      // Found for sharing a tag: none of the words the text queries keep.
      experience: { relevant: 0, inField: 1, total: 1 },
      sharedClusters: [],
    });
    expect(institute.reasons.signals).toMatchObject({ partnerKind: 0, region: 0.5, cluster: 0 });
  });

  it('ranks single competencies with group=competence', async () => {
    const items = await matches(world.users.stranger, `/api/v1/needs/${ids.need}/matches?group=competence`);
    expect(items.map((item) => item.id)).toEqual([ids.learning, ids.herd, ids.calibration]);
    expect(items[0]).toMatchObject({
      type: 'competence',
      title: 'Machine learning on dairy cow sensor data',
      organization: { id: world.orgs.university },
    });
    expect(items[0].postings).toBeUndefined();
    expect(items[0].reasons.experience).toEqual({ relevant: 1, inField: 2, total: 2 });
    const limited = await matches(
      world.users.stranger,
      `/api/v1/needs/${ids.need}/matches?group=competence&limit=1`,
    );
    expect(limited.map((item) => item.id)).toEqual([ids.learning]);
  });

  it('gives the same answer every time', async () => {
    const answer = async () => {
      const body = await expectStatus(get(world.users.stranger, `/api/v1/needs/${ids.need}/matches`), 200);
      return JSON.stringify({ ...body, processingTimeMs: 0 });
    };
    const first = await answer();
    for (let round = 0; round < 3; round++) expect(await answer()).toBe(first);
  });

  it('never shows a contact person', async () => {
    for (const url of [
      `/api/v1/needs/${ids.need}/matches`,
      `/api/v1/competencies/${ids.learning}/matches`,
      `/api/v1/organizations/${world.orgs.university}/matches`,
    ]) {
      const body = (await get(world.users.admin, url)).body;
      for (const contact of ['anna@mejeri.dk', 'Anna Author', 'sara@uni.dk', 'Sara Scholar', 'contact']) {
        expect(body).not.toContain(contact);
      }
    }
  });
});

describe('matches for a competence and for an organisation', () => {
  it('finds needs for a competence', async () => {
    const items = await matches(world.users.stranger, `/api/v1/competencies/${ids.learning}/matches`);
    expect(items.map((item) => item.id)).toEqual([ids.need]);
    expect(items[0]).toMatchObject({
      type: 'need',
      organization: { id: world.orgs.sme, name: 'Fjordmejeriet ApS', kind: 'sme' },
      reasons: { partnerKindFit: true, formats: ['contract_research'], experience: null },
    });
  });

  it('finds counterpart organisations: institutions for a company, companies for an institution', async () => {
    const forCompany = await matches(world.users.stranger, `/api/v1/organizations/${world.orgs.sme}/matches`);
    expect(forCompany.map((item) => item.id)).toEqual([world.orgs.university, orgs.institute]);
    const forUniversity = await matches(
      world.users.stranger,
      `/api/v1/organizations/${world.orgs.university}/matches`,
    );
    expect(forUniversity.map((item) => item.id)).toEqual([world.orgs.sme]);
    expect(forUniversity[0].postings?.map((posting) => posting.id)).toEqual([ids.need]);
    // A cluster posts neither needs nor competencies: nothing to match.
    expect(
      await matches(world.users.stranger, `/api/v1/organizations/${world.orgs.clusterA}/matches`),
    ).toEqual([]);
  });
});

describe('visibility', () => {
  type Reader = keyof PostingWorld['users'] | 'anonymous';
  const user = (reader: Reader) => (reader === 'anonymous' ? null : world.users[reader]);
  const mayRead: Reader[] = ['author', 'colleague', 'brokerA', 'programme', 'admin'];
  const mayNot: Reader[] = ['anonymous', 'stranger', 'scholar', 'unrelatedOwner', 'brokerB'];

  it.each(mayNot)('%s finds no trace of a confidential need in any match', async (reader) => {
    for (const url of [
      `/api/v1/competencies/${ids.learning}/matches`,
      `/api/v1/competencies/${ids.herd}/matches`,
      `/api/v1/organizations/${world.orgs.university}/matches`,
      `/api/v1/organizations/${orgs.institute}/matches`,
    ]) {
      const body = (await expectStatus(get(user(reader), url), 200)) as { items: Match[] };
      const text = JSON.stringify(body);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(ids.confidential);
    }
    // Nor can it be the source of matches.
    await expectStatus(get(user(reader), `/api/v1/needs/${ids.confidential}/matches`), 404);
  });

  it.each(mayRead)('%s, who may read it, finds it matched and may match it', async (reader) => {
    const items = await matches(user(reader), `/api/v1/competencies/${ids.learning}/matches`);
    expect(items.map((item) => item.id)).toContain(ids.confidential);
    const own = await matches(user(reader), `/api/v1/needs/${ids.confidential}/matches`);
    expect(own[0].id).toBe(world.orgs.university);
  });

  it('answers 404 for a draft and for an id that does not exist', async () => {
    await expectStatus(get(world.users.author, `/api/v1/needs/${ids.draft}/matches`), 404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const url of [
      `/api/v1/needs/${unknown}/matches`,
      `/api/v1/competencies/${unknown}/matches`,
      `/api/v1/organizations/${unknown}/matches`,
      // A need's id is not a competence's.
      `/api/v1/competencies/${ids.need}/matches`,
    ]) {
      await expectStatus(get(world.users.admin, url), 404);
    }
  });
});

describe('validation', () => {
  it('refuses bad parameters with a 400 naming them', async () => {
    for (const [url, field] of [
      ['/api/v1/needs/not-a-uuid/matches', 'id'],
      [`/api/v1/needs/${ids.need}/matches?group=people`, 'group'],
      [`/api/v1/needs/${ids.need}/matches?limit=0`, 'limit'],
      [`/api/v1/needs/${ids.need}/matches?limit=51`, 'limit'],
      [`/api/v1/needs/${ids.need}/matches?limit=ten`, 'limit'],
      [`/api/v1/needs/${ids.need}/matches?visibility=brokers`, 'visibility'],
      [`/api/v1/competencies/${ids.learning}/matches?group=organization`, 'group'],
      ['/api/v1/organizations/x/matches', 'id'],
    ]) {
      const response = await get(world.users.stranger, url);
      expect({ url, status: response.statusCode }).toEqual({ url, status: 400 });
      expect(response.body).toContain(field);
    }
  });
});

// Last, since it adds a competence: what matching remembers of the index for a minute (which words
// occur, counts, profiles) never keeps a posting published since out of the matches.
describe('a competence published after the need was matched', () => {
  it('is among the need’s matches at once', async () => {
    const url = `/api/v1/needs/${ids.need}/matches`;
    await matches(world.users.stranger, url); // what it remembers is now read
    const teacher = await signUp(api, 'tine@akademi.dk', { name: 'Tine Teacher' });
    const academy = (
      await expectStatus(
        injectAs(api, teacher, {
          method: 'POST',
          url: '/api/v1/organizations',
          payload: { kind: 'business_academy', name: 'Fjord Erhvervsakademi' },
        }),
        201,
      )
    ).id as string;
    await expectStatus(
      injectAs(api, teacher, {
        method: 'POST',
        url: '/api/v1/competencies',
        payload: competencePayload(academy, {
          title: 'Spotting illness in dairy cows from sensor data',
          description: 'Students build machine learning models on sensor data from dairy cows.',
          tags: ['dairy', 'sensors'],
          formats: ['student_project'],
          status: 'open',
        }),
      }),
      201,
    );
    await relay.relay.drain();
    expect((await matches(world.users.stranger, url)).map((item) => item.id)).toContain(academy);
  });
});
