import { startTestApi, TestApi } from './test-app';
import { signUp } from './test-users';

// A database of its own (one per spec file), so the counts are exact.
let api: TestApi;

describe('the organisation list', () => {
  const names = ['Alfa Robotics', 'Beta Robotics', 'Gamma Foods', 'Delta 100%_Robotics', 'Epsilon Uni'];

  beforeAll(async () => {
    api = await startTestApi();
    const user = await signUp(api, 'lis@list.dk');
    const create = (payload: Record<string, unknown>) =>
      api.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: user.headers, payload });
    await create({ kind: 'sme', name: names[0], cvr: '13748136', municipality: 'odense' });
    await create({ kind: 'sme', name: names[1], cvr: '24256790', municipality: 'koebenhavn' });
    await create({ kind: 'large_company', name: names[2], cvr: '12345674', municipality: 'aarhus' });
    await create({ kind: 'other', name: names[3], country: 'DE' });
    await create({ kind: 'university', name: names[4], municipality: 'odense' });
  });
  afterAll(() => api.close());

  const list = async (query: string) => {
    const response = await api.app.inject({ method: 'GET', url: `/api/v1/organizations${query}` });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('pages by name', async () => {
    expect(await list('?limit=2')).toMatchObject({ total: 5, page: 1, limit: 2 });
    expect((await list('?limit=2')).items.map((o: { name: string }) => o.name)).toEqual([
      'Alfa Robotics',
      'Beta Robotics',
    ]);
    expect((await list('?limit=2&page=3')).items.map((o: { name: string }) => o.name)).toEqual([
      'Gamma Foods',
    ]);
    expect((await list('?page=9')).items).toEqual([]);
    expect(await list('')).toMatchObject({ total: 5, page: 1, limit: 20 });
  });

  it('filters by kind, region, country and name (case-insensitive, literally)', async () => {
    const names = async (query: string) => (await list(query)).items.map((o: { name: string }) => o.name);
    expect(await names('?kind=sme')).toEqual(['Alfa Robotics', 'Beta Robotics']);
    expect(await names('?region=syddanmark')).toEqual(['Alfa Robotics', 'Epsilon Uni']);
    expect(await names('?region=syddanmark&kind=university')).toEqual(['Epsilon Uni']);
    expect(await names('?country=de')).toEqual(['Delta 100%_Robotics']);
    expect(await names('?q=ROBOTICS')).toEqual(['Alfa Robotics', 'Beta Robotics', 'Delta 100%_Robotics']);
    expect(await names(`?q=${encodeURIComponent('100%_')}`)).toEqual(['Delta 100%_Robotics']);
    expect(await names(`?q=${encodeURIComponent('%')}`)).toEqual(['Delta 100%_Robotics']);
  });

  it.each([
    ['?limit=101', 'limit'],
    ['?limit=0', 'limit'],
    ['?page=0', 'page'],
    ['?page=two', 'page'],
    ['?kind=startup', 'kind'],
    ['?region=skaane', 'region'],
    ['?cluster=nope', 'cluster'],
    ['?sort=name', 'sort'],
  ])('refuses %s with a 400 naming the parameter', async (query, field) => {
    const response = await api.app.inject({ method: 'GET', url: `/api/v1/organizations${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });
});
