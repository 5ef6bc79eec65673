import { DevServices, startDevServices } from '@videnbro/dev-services';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, TestApi } from './test-app';

let meili: DevServices;
let dataDir: string;
let api: TestApi;

// A Meilisearch process of this file's own, so stopping it leaves the other test files alone.
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'videnbro-health-'));
  meili = await startDevServices({
    dataDir,
    env: { PATH: process.env.PATH },
    services: ['meilisearch'],
    meiliPort: 0,
    logger: () => undefined,
  });
  api = await startTestApi({ MEILI_URL: meili.meiliUrl, MEILI_MASTER_KEY: meili.meiliMasterKey });
});
afterAll(async () => {
  await api.close();
  await meili.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('readiness', () => {
  it('answers 503 naming Meilisearch while its process is stopped, and 200 again once it is back', async () => {
    const ready = () => api.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect((await ready()).statusCode).toBe(200);

    await meili.meili.stop();
    const down = await ready();
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Not ready: meilisearch is down',
      details: [{ field: 'meilisearch', message: expect.any(String) }],
    });
    expect((await api.app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);

    await meili.meili.start();
    expect((await ready()).statusCode).toBe(200);
  });
});
