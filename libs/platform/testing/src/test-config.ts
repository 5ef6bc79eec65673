import { parseConfig } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { randomBytes } from 'node:crypto';
import { createTestDatabase } from './test-database';
import type { TestDatabase } from './test-database';
import { testEnv } from './test-env';

export interface TestContext {
  config: AppConfig;
  database: TestDatabase;
  /** Drops the test database. */
  cleanup(): Promise<void>;
}

/**
 * Configuration for one test file: its own database and its own Meilisearch index prefix, against
 * the real services the global setup started. Parsed by the production parser.
 */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST: '',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    MEILI_URL: testEnv('meiliUrl'),
    MEILI_MASTER_KEY: testEnv('meiliKey'),
    MEILI_INDEX_PREFIX: `t${randomBytes(4).toString('hex')}_`,
    ...env,
  });
  return { config, database, cleanup: () => database.drop() };
}
