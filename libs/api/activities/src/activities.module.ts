import { Module } from '@nestjs/common';
import type { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { AuditModule } from '@videnbro/audit';
import { OutboxModule } from '@videnbro/outbox';
import { ActivitiesController } from './activities.controller';
import { ActivitiesRepository } from './activities.repository';
import { ActivitiesService } from './activities.service';
import { ACTIVITY_MEMBERSHIPS, ActivityAccess } from './activity-access';
import type { ActivityMemberships } from './activity-access';
import { FundingRecordsController } from './funding-records.controller';
import { FundingRecordsRepository } from './funding-records.repository';
import { FundingRecordsService } from './funding-records.service';
import { ParticipationsController } from './participations.controller';
import { ParticipationsRepository } from './participations.repository';
import { ParticipationsService } from './participations.service';

export interface ActivitiesModuleOptions {
  /** The modules that export the memberships provider (the organisations feature). */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** The provider that answers membership questions: the organisations feature's OrganizationAccess. */
  memberships: Type<ActivityMemberships>;
}

/**
 * Cluster activities, participations (with the CSV import) and funding records. Memberships come
 * from the organisations feature, which the app passes in:
 * `ActivitiesModule.register({ imports: [OrganizationsModule], memberships: OrganizationAccess })`.
 */
@Module({})
export class ActivitiesModule {
  static register(options: ActivitiesModuleOptions): DynamicModule {
    return {
      module: ActivitiesModule,
      imports: [AuditModule, OutboxModule, ...options.imports],
      controllers: [ActivitiesController, ParticipationsController, FundingRecordsController],
      providers: [
        { provide: ACTIVITY_MEMBERSHIPS, useExisting: options.memberships },
        ActivityAccess,
        ActivitiesRepository,
        ActivitiesService,
        ParticipationsRepository,
        ParticipationsService,
        FundingRecordsRepository,
        FundingRecordsService,
      ],
    };
  }
}
