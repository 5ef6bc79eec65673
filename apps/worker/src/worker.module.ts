import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { DatabaseModule } from '@videnbro/database';
import { loggerModule } from '@videnbro/http';
import { MeiliModule } from '@videnbro/meili';
import { SearchRelayModule } from '@videnbro/search-index';

/** Background jobs: the outbox relay that keeps the search index in step with the database. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(config),
        DatabaseModule,
        MeiliModule,
        SearchRelayModule,
      ],
    };
  }
}
