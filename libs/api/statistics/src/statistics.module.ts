import { Module } from '@nestjs/common';
import type { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { AuditModule } from '@videnbro/audit';
import { MEMBERSHIP_DIRECTORY } from './membership-directory';
import type { MembershipDirectory } from './membership-directory';
import { StatisticsController } from './statistics.controller';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsService } from './statistics.service';

export interface StatisticsModuleOptions {
  /** The modules that export the membership directory (the organisations feature). */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** The provider that knows who brokers for which cluster: the organisations feature's OrganizationAccess. */
  membershipDirectory: Type<MembershipDirectory>;
}

/**
 * Cluster statistics, the strength-area mapping and the targets. Memberships come from the organisations
 * feature, which the app passes in:
 * `StatisticsModule.register({ imports: [OrganizationsModule], membershipDirectory: OrganizationAccess })`.
 */
@Module({})
export class StatisticsModule {
  static register(options: StatisticsModuleOptions): DynamicModule {
    return {
      module: StatisticsModule,
      imports: [AuditModule, ...options.imports],
      controllers: [StatisticsController],
      providers: [
        { provide: MEMBERSHIP_DIRECTORY, useExisting: options.membershipDirectory },
        StatisticsRepository,
        StatisticsService,
      ],
    };
  }
}
