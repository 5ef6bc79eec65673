// The integration run's services (libs/platform/testing/jest.integration.cjs). This lives with the
// schema because it migrates the template database; the testing library must not depend on the schema.
import { DevServices, startDevServices } from '@videnbro/dev-services';
import { TEST_ENV } from '@videnbro/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../migrate';

let running: { services: DevServices; dataDir: string } | undefined;

/**
 * Starts Postgres and Meilisearch once for the whole integration run, in a temporary folder on free
 * ports, and migrates the `videnbro` database, which each test file then copies as a template.
 */
export async function setup(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'videnbro-test-'));
  const services = await startDevServices({
    dataDir,
    env: { PATH: process.env.PATH },
    postgresPort: 0,
    meiliPort: 0,
    logger: () => undefined,
  });
  running = { services, dataDir };
  await runMigrations(services.databaseUrl);
  process.env[TEST_ENV.dataDir] = dataDir;
  process.env[TEST_ENV.databaseUrl] = services.databaseUrl;
  process.env[TEST_ENV.meiliUrl] = services.meiliUrl;
  process.env[TEST_ENV.meiliKey] = services.meiliMasterKey;
}

export async function teardown(): Promise<void> {
  if (!running) return;
  await running.services.stop();
  await rm(running.dataDir, { recursive: true, force: true });
  running = undefined;
}
