import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { DatabaseModule } from '@videnbro/database';
import { loggerModule } from '@videnbro/http';
import { MailModule } from '@videnbro/mail';
import { MeiliModule } from '@videnbro/meili';
import { NotificationMailLoopModule } from '@videnbro/notifications';
import { OrganizationAccess, OrganizationsModule } from '@videnbro/organizations';
import { SavedSearchJobModule } from '@videnbro/search';
import { SearchRelayModule } from '@videnbro/search-index';

/**
 * Background jobs: the outbox relay that keeps the search index in step with the database, and the
 * saved-search job that tells users of new matches.
 */
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
        // The notification mail: immediate and the daily digest.
        MailModule,
        NotificationMailLoopModule,
        SavedSearchJobModule.register({
          imports: [OrganizationsModule],
          memberships: OrganizationAccess,
          loop: true,
        }),
      ],
    };
  }
}
