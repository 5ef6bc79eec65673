import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccountModule } from '@videnbro/account';
import { ActivitiesModule } from '@videnbro/activities';
import { AuthModule } from '@videnbro/auth';
import { CasesModule } from '@videnbro/cases';
import { ConfigModule } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { DatabaseModule } from '@videnbro/database';
import { HealthModule } from '@videnbro/health';
import { ImportsModule } from '@videnbro/imports';
import { loggerModule } from '@videnbro/http';
import { MailModule } from '@videnbro/mail';
import { MatchingModule, MatchingService } from '@videnbro/matching';
import { MeiliModule } from '@videnbro/meili';
import { NotificationCentreModule } from '@videnbro/notifications';
import { OrganizationAccess, OrganizationsModule } from '@videnbro/organizations';
import { PostingsModule } from '@videnbro/postings';
import { SearchModule } from '@videnbro/search';
import { StatisticsModule } from '@videnbro/statistics';
import { SearchVisibility } from './search-visibility';

/** The HTTP API: wires the feature libraries together; no logic of its own. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    // One instance: its routes, and the matches of the cases inbox.
    const matching = MatchingModule.register({ visibility: SearchVisibility });
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DiscoveryModule,
        loggerModule(config),
        DatabaseModule,
        MeiliModule,
        MailModule,
        HealthModule,
        AuthModule,
        AccountModule,
        OrganizationsModule,
        PostingsModule.register({ imports: [OrganizationsModule], membershipDirectory: OrganizationAccess }),
        SearchModule.register({ imports: [OrganizationsModule], memberships: OrganizationAccess }),
        matching,
        ImportsModule,
        NotificationCentreModule,
        ActivitiesModule.register({ imports: [OrganizationsModule], memberships: OrganizationAccess }),
        StatisticsModule.register({
          imports: [OrganizationsModule],
          membershipDirectory: OrganizationAccess,
        }),
        CasesModule.register({
          imports: [OrganizationsModule, matching],
          memberships: OrganizationAccess,
          matches: MatchingService,
        }),
      ],
    };
  }
}
