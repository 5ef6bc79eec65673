export type { TestContext } from './test-config';
export { createTestContext } from './test-config';
export type { TestDatabase } from './test-database';
export { createEmptyDatabase, createTestDatabase } from './test-database';
export { TEST_ENV, testEnv } from './test-env';
export type { Bundle } from './bundle';
export { buildBundle, WORKSPACE_ROOT } from './bundle';
