import { activityEntities } from '@videnbro/activities';
import { auditEntities } from '@videnbro/audit';
import { authEntities } from '@videnbro/auth';
import { caseEntities } from '@videnbro/cases';
import { notificationEntities } from '@videnbro/notifications';
import { organizationEntities } from '@videnbro/organizations';
import { outboxEntities } from '@videnbro/outbox';
import { postingEntities } from '@videnbro/postings';
import { searchEntities } from '@videnbro/search';
import { statisticsEntities } from '@videnbro/statistics';
import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming.strategy';

/** Every entity of the platform. A feature library exports its entities; they are listed here once. */
export const entities = [
  ...authEntities,
  ...organizationEntities,
  ...auditEntities,
  ...outboxEntities,
  ...postingEntities,
  ...activityEntities,
  ...statisticsEntities,
  ...caseEntities,
  ...searchEntities,
  ...notificationEntities,
];

/**
 * The one DataSource definition, used by the api, the worker, the CLI (migrations) and the tests.
 * `synchronize` is hard-coded off: the schema changes only through reviewed migrations.
 */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; uuid-ossp would need an extension.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5_000 },
  };
}

export function createDataSource(url: string, poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize));
}
