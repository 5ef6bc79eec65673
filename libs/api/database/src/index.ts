export { createDataSource, dataSourceOptions, entities } from './data-source';
export { DatabaseModule } from './database.module';
export { generateMigration, pendingSchemaChanges, revertLastMigration, runMigrations } from './migrate';
