import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { importRecords } from './importer';
import type { ImportOptions, ImportReport } from './importer';

@Injectable()
export class ImportsService {
  constructor(private readonly dataSource: DataSource) {}

  import(input: Readable, options: ImportOptions): Promise<ImportReport> {
    return importRecords(this.dataSource, input, options);
  }
}
