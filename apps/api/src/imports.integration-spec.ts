import { startTestApi } from './test-app';
import type { TestApi } from './test-app';
import { signUp } from './test-users';
import type { TestUser } from './test-users';

let api: TestApi;
let admin: TestUser;
let programme: TestUser;
let member: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  admin = await signUp(api, 'admin@imports.dk', { roles: ['admin'] });
  programme = await signUp(api, 'programme@imports.dk', { roles: ['programme'] });
  member = await signUp(api, 'member@imports.dk');
});
afterAll(() => api.close());

const jsonl = (...records: object[]) => records.map((record) => JSON.stringify(record)).join('\n') + '\n';
const file = jsonl(
  {
    type: 'organization',
    externalId: 'api:org:1',
    name: 'Importuniversitetet',
    kind: 'university',
    municipality: 'Odense',
  },
  {
    type: 'organization',
    externalId: 'api:org:2',
    name: 'Import ApS',
    kind: 'sme',
    cvr: '13748136',
    employees: 30,
  },
  {
    type: 'competence',
    externalId: 'api:comp:1',
    organization: 'api:org:1',
    title: 'Robot vision for food production',
    description: 'Camera-based inspection of food products on the production line.',
  },
  {
    type: 'need',
    externalId: 'api:need:1',
    organization: 'api:org:2',
    title: 'Inspect fish fillets automatically',
    description: 'We want to find bones in fillets before packing, without slowing the line.',
    visibility: 'registered',
  },
);

function post(
  body: string,
  headers: Record<string, string>,
  query = '',
  contentType = 'application/x-ndjson',
) {
  return api.app.inject({
    method: 'POST',
    url: `/api/v1/imports${query}`,
    headers: { ...headers, 'content-type': contentType },
    payload: body,
  });
}

describe('POST /api/v1/imports', () => {
  it('refuses anonymous callers (401) and plain members (403), writing nothing', async () => {
    expect((await post(file, {})).statusCode).toBe(401);
    const forbidden = await post(file, member.headers);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    const found = await api.app.inject({ method: 'GET', url: '/api/v1/organizations?externalId=api:org:1' });
    expect(found.json().total).toBe(0);
  });

  it('lets programme staff run a dry run: a report, nothing written', async () => {
    const response = await post(file, programme.headers, '?dryRun=true');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      lines: 4,
      created: 4,
      failed: 0,
      dryRun: true,
      rolledBack: true,
    });
    const found = await api.app.inject({ method: 'GET', url: '/api/v1/organizations?externalId=api:org:1' });
    expect(found.json().total).toBe(0);
  });

  it('imports a streamed JSONL body, and the list endpoints find the records by externalId', async () => {
    const response = await post(file, admin.headers);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ lines: 4, created: 4, failed: 0, errors: [] });
    const ids = Object.fromEntries(
      report.records.map((record: { externalId: string; id: string }) => [record.externalId, record.id]),
    );

    const organizations = await api.app.inject({
      method: 'GET',
      url: '/api/v1/organizations?externalId=api:org:2',
    });
    expect(organizations.json()).toMatchObject({
      total: 1,
      items: [{ id: ids['api:org:2'], cvr: '13748136', isSme: true }],
    });
    const competencies = await api.app.inject({
      method: 'GET',
      url: '/api/v1/competencies?externalId=api:comp:1',
    });
    expect(competencies.json()).toMatchObject({
      total: 1,
      items: [{ id: ids['api:comp:1'], status: 'open' }],
    });
    // A registered-only need: not for anonymous callers, found for a signed-in one.
    const anonymous = await api.app.inject({ method: 'GET', url: '/api/v1/needs?externalId=api:need:1' });
    expect(anonymous.json().total).toBe(0);
    const needs = await api.app.inject({
      method: 'GET',
      url: '/api/v1/needs?externalId=api:need:1',
      headers: member.headers,
    });
    expect(needs.json()).toMatchObject({ total: 1, items: [{ id: ids['api:need:1'] }] });

    const again = await post(file, admin.headers);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 4, failed: 0 });
  });

  it('reports bad lines with their numbers and imports the rest; atomic imports nothing', async () => {
    const body = jsonl(
      { type: 'organization', externalId: 'api:org:3', name: 'Tredje ApS', kind: 'sme', cvr: '12345675' },
      { type: 'organization', externalId: 'api:org:4', name: 'Fjerde ApS', kind: 'sme' },
    );
    const atomic = await post(body, admin.headers, '?atomic=true');
    expect(atomic.json()).toMatchObject({ created: 0, failed: 1, rolledBack: true });
    const partial = await post(body, admin.headers);
    expect(partial.json()).toMatchObject({
      created: 1,
      failed: 1,
      errors: [{ line: 1, externalId: 'api:org:3' }],
    });
  });

  it('imports organisations as CSV and refuses a CSV header it cannot read with a 400', async () => {
    const csv = 'externalId,name,kind,municipality\napi:csv:1,Csv Akademi,business_academy,Aalborg\n';
    expect((await post(csv, admin.headers, '', 'text/csv')).json()).toMatchObject({ created: 1, failed: 0 });
    const bad = await post('id,name\n1,x\n', admin.headers, '', 'text/csv');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/^CSV header \(line 1\)/),
    });
  });

  it('answers another media type with 415 and a bad flag with 400, in the one error shape', async () => {
    const json = await post('{"type":"organization"}', admin.headers, '', 'application/json');
    expect(json.statusCode).toBe(415);
    expect(json.json()).toMatchObject({
      statusCode: 415,
      message: expect.stringContaining('application/x-ndjson'),
    });
    const flag = await post(file, admin.headers, '?atomic=yes');
    expect(flag.statusCode).toBe(400);
    expect(flag.json()).toMatchObject({ statusCode: 400, details: [{ field: 'atomic' }] });
  });
});
