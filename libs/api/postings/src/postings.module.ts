import { Module } from '@nestjs/common';
import type { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { AuditModule } from '@videnbro/audit';
import { OutboxModule } from '@videnbro/outbox';
import { CompetenciesController } from './competencies.controller';
import { MEMBERSHIP_DIRECTORY } from './membership-directory';
import type { MembershipDirectory } from './membership-directory';
import { PostingVisibility } from './posting-visibility';
import { PostingsRepository } from './postings.repository';
import { PostingsService } from './postings.service';
import { NeedsController } from './needs.controller';

export interface PostingsModuleOptions {
  /** The modules that export the membership directory (the organisations feature). */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** The provider that answers membership questions: the organisations feature's OrganizationAccess. */
  membershipDirectory: Type<MembershipDirectory>;
}

/**
 * Needs and competencies. Memberships come from the organisations feature, which the app passes in:
 * `PostingsModule.register({ imports: [OrganizationsModule], membershipDirectory: OrganizationAccess })`.
 */
@Module({})
export class PostingsModule {
  static register(options: PostingsModuleOptions): DynamicModule {
    return {
      module: PostingsModule,
      imports: [AuditModule, OutboxModule, ...options.imports],
      controllers: [NeedsController, CompetenciesController],
      providers: [
        { provide: MEMBERSHIP_DIRECTORY, useExisting: options.membershipDirectory },
        PostingsRepository,
        PostingVisibility,
        PostingsService,
      ],
    };
  }
}
