import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { buildPostingWorld, competencePayload, expectStatus, injectAs, needPayload } from './test-postings';
import type { PostingWorld } from './test-postings';
import { startTestRelay } from './test-search';
import type { TestRelay } from './test-search';
import type { TestUser } from './test-users';

/**
 * GET /api/v1/search against the real index, filled by the relay from what the API wrote. Above all:
 * a confidential (`brokers`) need reaches nobody who may not read it, in no part of the answer.
 */

let api: TestApi;
let world: PostingWorld;
let relay: TestRelay;

// A word only the confidential need contains.
const SECRET = 'kvantefermentering';
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  world = await buildPostingWorld(api);
  relay = await startTestRelay(api.context.config);
  await relay.index.prepare();
  const post = async (user: TestUser, plural: string, payload: Record<string, unknown>) =>
    (await expectStatus(injectAs(api, user, { method: 'POST', url: `/api/v1/${plural}`, payload }), 201))
      .id as string;
  ids.confidential = await post(
    world.users.author,
    'needs',
    needPayload(world.orgs.sme, {
      title: `Confidential ${SECRET} of whey`,
      description: `Our ${SECRET} process for whey must stay between us and our cluster.`,
      tags: ['whey', SECRET],
      formats: ['innovation_voucher'],
      regionPreference: 'nordjylland',
      visibility: 'brokers',
      status: 'open',
    }),
  );
  ids.registered = await post(
    world.users.author,
    'needs',
    needPayload(world.orgs.sme, {
      title: 'Cheese ripening with sensors',
      visibility: 'registered',
      status: 'open',
    }),
  );
  ids.public = await post(
    world.users.author,
    'needs',
    needPayload(world.orgs.sme, {
      title: 'Robot milking <b>fleet</b> & data',
      description: 'We run a fleet of milking robots and want to predict their maintenance.',
      status: 'open',
    }),
  );
  ids.draft = await post(world.users.author, 'needs', needPayload(world.orgs.sme, { status: 'draft' }));
  ids.competence = await post(
    world.users.scholar,
    'competencies',
    competencePayload(world.orgs.university, { status: 'open', regionPreference: 'syddanmark' }),
  );
  await relay.relay.drain();
});
afterAll(async () => {
  await relay.close();
  await api.close();
});

const search = (user: TestUser | null, query: string) =>
  expectStatus(injectAs(api, user, { method: 'GET', url: `/api/v1/search?${query}` }), 200);

type Reader = keyof PostingWorld['users'] | 'anonymous';
const user = (reader: Reader) => (reader === 'anonymous' ? null : world.users[reader]);

describe('who finds a confidential need', () => {
  const mayRead: Reader[] = ['author', 'colleague', 'smeOwner', 'brokerA', 'programme', 'admin'];
  const mayNot: Reader[] = ['anonymous', 'stranger', 'scholar', 'unrelatedOwner', 'brokerB'];

  it.each(mayRead)('%s finds it, highlighted', async (reader) => {
    const result = await search(user(reader), `q=${SECRET}`);
    expect(result.hits.map((hit: { id: string }) => hit.id)).toEqual([ids.confidential]);
    expect(result.hits[0].titleHighlight).toContain(`<mark>${SECRET}</mark>`);
    expect(result.facets.types).toEqual([{ value: 'need', count: 1 }]);
  });

  it.each(mayNot)('%s finds no trace of it: not in hits, counts, facets or highlights', async (reader) => {
    for (const query of [
      `q=${SECRET}`,
      `q=whey`,
      `q=kvantefermen`,
      `q=`,
      `tags=${SECRET}`,
      `q=${SECRET}&types=need&region=nordjylland&formats=innovation_voucher`,
      `cluster=${world.orgs.clusterA}`,
    ]) {
      const result = await search(user(reader), query);
      const body = JSON.stringify(result);
      expect(body).not.toContain(SECRET);
      expect(body).not.toContain(ids.confidential);
      expect(body).not.toContain('innovation_voucher');
      expect(body).not.toContain('nordjylland');
      expect(result.hits.every((hit: { visibility: string }) => hit.visibility !== 'brokers')).toBe(true);
      const needs =
        result.facets.types.find((facet: { value: string }) => facet.value === 'need')?.count ?? 0;
      expect(needs).toBe(result.hits.filter((hit: { type: string }) => hit.type === 'need').length);
    }
  });

  it('no parameter widens what a caller sees', async () => {
    for (const query of ['visibility=brokers', 'organizationId=x', 'filter=visibility%3Dbrokers']) {
      await expectStatus(
        injectAs(api, world.users.brokerB, { method: 'GET', url: `/api/v1/search?${query}` }),
        400,
      );
    }
    // Quotes and operators in a value stay inside the value.
    const injected = encodeURIComponent(`x" OR visibility = "brokers`);
    for (const query of [`tags=${injected}`, `q=${injected}`]) {
      const result = await search(world.users.brokerB, query);
      expect(JSON.stringify(result)).not.toContain(SECRET);
    }
  });
});

describe('search', () => {
  it('answers with hits, highlights, snippets, facets, total and processing time', async () => {
    const result = await search(world.users.stranger, 'q=robot+milking');
    expect(result).toMatchObject({ total: 1, page: 1, limit: 20, processingTimeMs: expect.any(Number) });
    expect(result.hits[0]).toMatchObject({
      type: 'need',
      id: ids.public,
      title: 'Robot milking <b>fleet</b> & data',
      organization: { id: world.orgs.sme, name: 'Fjordmejeriet ApS', kind: 'sme' },
      visibility: 'public',
      status: 'open',
    });
    // Escaped text, marked matches: safe to render as HTML.
    expect(result.hits[0].titleHighlight).toBe(
      '<mark>Robot</mark> <mark>milking</mark> &lt;b&gt;fleet&lt;/b&gt; &amp; data',
    );
    expect(result.hits[0].snippet).toContain('<mark>milking</mark> <mark>robots</mark>');
    expect(result.facets.types).toEqual([{ value: 'need', count: 1 }]);
  });

  it('tolerates typos, completes prefixes and bridges Danish and English', async () => {
    const first = async (query: string) => (await search(world.users.stranger, query)).hits[0]?.id;
    expect(await first('q=ripenning')).toBe(ids.registered);
    expect(await first('q=chee')).toBe(ids.registered);
    expect(await first('q=maskinl%C3%A6ring')).toBe(ids.competence);
    expect(await first('q=fjordmejeriet&types=organization')).toBe(world.orgs.sme);
  });

  it('filters by type, kind, region, format, tag and cluster, and counts facets', async () => {
    const ofQuery = async (query: string) =>
      (await search(world.users.stranger, query)).hits.map((hit: { id: string }) => hit.id).sort();
    expect(await ofQuery('types=competence')).toEqual([ids.competence]);
    expect(await ofQuery('types=need,competence&kind=university')).toEqual([ids.competence]);
    expect(await ofQuery('region=syddanmark')).toEqual([ids.competence]);
    expect(await ofQuery('formats=student_project')).toEqual([ids.competence]);
    expect(await ofQuery('tags=Sensors&types=need')).toEqual([ids.public, ids.registered].sort());
    expect(await ofQuery(`cluster=${world.orgs.clusterA}&types=need`)).toEqual(
      [ids.public, ids.registered].sort(),
    );
    const all = await search(world.users.stranger, 'types=need,competence');
    expect(all.facets.kind).toEqual([
      { value: 'sme', count: 2 },
      { value: 'university', count: 1 },
    ]);
    expect(all.facets.cluster).toEqual([
      { value: world.orgs.clusterA, name: 'Food & Bio Cluster', count: 3 },
    ]);
    // The chosen types are counted as if not chosen: organisations show what choosing them would add.
    expect(all.facets.types).toEqual([
      { value: 'organization', count: 5 },
      { value: 'need', count: 2 },
      { value: 'competence', count: 1 },
    ]);
  });

  it('counts a chosen facet as if it were not chosen, and the others within the choice', async () => {
    const needs = await search(world.users.stranger, 'types=need');
    expect(needs.facets.types).toEqual([
      { value: 'organization', count: 5 },
      { value: 'need', count: 2 },
      { value: 'competence', count: 1 },
    ]);
    expect(needs.facets.kind).toEqual([{ value: 'sme', count: 2 }]);
    // Still within what the caller may see: the stranger's counts never include the brokers' need.
    const anonymous = await search(null, 'types=competence');
    expect(anonymous.facets.types.find((facet: { value: string }) => facet.value === 'need')).toEqual({
      value: 'need',
      count: 1,
    });
  });

  it('pages through results', async () => {
    const first = await search(null, 'limit=2&page=1');
    const second = await search(null, 'limit=2&page=2');
    expect(first.hits).toHaveLength(2);
    expect(first.total).toBe(second.total);
    expect(second.hits.map((hit: { id: string }) => hit.id)).not.toContain(first.hits[0].id);
  });

  it('refuses bad parameters with a 400 naming them', async () => {
    for (const [query, message] of [
      ['types=need,project', 'types'],
      ['kind=startup', 'kind'],
      ['region=bornholm', 'region'],
      ['formats=lunch', 'formats'],
      ['cluster=not-a-uuid', 'cluster'],
      ['limit=51', 'limit'],
      ['page=0', 'page'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['q=%01', 'q'],
    ]) {
      const response = await injectAs(api, null, { method: 'GET', url: `/api/v1/search?${query}` });
      expect({ query, status: response.statusCode }).toEqual({ query, status: 400 });
      expect(response.body).toContain(message);
    }
  });

  it('finds æ, ø and å with or without them, and folds case', async () => {
    const competence = await expectStatus(
      injectAs(api, world.users.scholar, {
        method: 'POST',
        url: '/api/v1/competencies',
        payload: competencePayload(world.orgs.university, {
          title: 'Køleteknik til ålegræs fra Ærøskøbing',
          description: 'Vi undersøger køling og lagring af ålegræs som byggemateriale.',
          status: 'open',
        }),
      }),
      201,
    );
    await relay.relay.drain();
    for (const q of [
      'køleteknik',
      'KØLETEKNIK',
      'koleteknik',
      'ålegræs',
      'alegraes',
      'ærøskøbing',
      'aeroskobing',
    ]) {
      const result = await search(world.users.stranger, `q=${encodeURIComponent(q)}&types=competence`);
      expect({ q, hits: result.hits.map((hit: { id: string }) => hit.id) }).toEqual({
        q,
        hits: [competence.id],
      });
    }
  });
});
