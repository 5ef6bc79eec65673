import { createEmptyDatabase, TestDatabase } from '@videnbro/testing';
import { createDataSource } from './data-source';
import { pendingSchemaChanges, revertLastMigration, runMigrations } from './migrate';
import { migrations } from './migrations';

let database: TestDatabase;

beforeAll(async () => {
  database = await createEmptyDatabase();
});
afterAll(() => database.drop());

describe('migrations', () => {
  it('bring a fresh database exactly to the entities: generating a migration afterwards yields nothing', async () => {
    const ran = await runMigrations(database.url);
    expect(ran).toHaveLength(migrations.length);
    const dataSource = await createDataSource(database.url, 1).initialize();
    try {
      expect(await pendingSchemaChanges(dataSource)).toEqual({ up: [], down: [] });
    } finally {
      await dataSource.destroy();
    }
  });

  it('run once: a second run does nothing', async () => {
    expect(await runMigrations(database.url)).toEqual([]);
  });

  it('revert cleanly, and apply again', async () => {
    for (let i = 0; i < migrations.length; i++) await revertLastMigration(database.url);
    const dataSource = await createDataSource(database.url, 1).initialize();
    try {
      const tables = await dataSource.query(
        `select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
    expect(await runMigrations(database.url)).toHaveLength(migrations.length);
  });
});
