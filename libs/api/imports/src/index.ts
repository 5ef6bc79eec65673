export { CSV_COLUMNS, ImportInputError } from './csv';
export type { ImportFormat, ImportLineError, ImportOptions, ImportProgress, ImportReport } from './importer';
export { importRecords } from './importer';
export { ImportsModule } from './imports.module';
