// Jest global setup of the integration run (libs/platform/testing/jest.integration.cjs). It lives here
// because it migrates the template database; the testing library must not depend on the schema.
import { TEST_ENV } from '@videnbro/testing';
import { startDevServices } from '@videnbro/dev-services';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../migrate';

/**
 * Starts Postgres and Meilisearch once for the whole integration run, in a temporary folder on free
 * ports, and migrates the `videnbro` database, which each test file then copies as a template.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'videnbro-test-'));
  const services = await startDevServices({
    dataDir,
    env: {},
    postgresPort: 0,
    meiliPort: 0,
    logger: () => undefined,
  });
  await runMigrations(services.databaseUrl);
  (globalThis as { __videnbroServices?: typeof services }).__videnbroServices = services;
  process.env[TEST_ENV.dataDir] = dataDir;
  process.env[TEST_ENV.databaseUrl] = services.databaseUrl;
  process.env[TEST_ENV.meiliUrl] = services.meiliUrl;
  process.env[TEST_ENV.meiliKey] = services.meiliMasterKey;
}
