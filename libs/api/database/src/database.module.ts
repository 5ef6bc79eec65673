import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { dataSourceOptions } from './data-source';

/** The application's TypeORM connection. Migrations are not run here: they are their own step. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config.database.url, config.database.poolSize),
    }),
  ],
})
export class DatabaseModule {}
