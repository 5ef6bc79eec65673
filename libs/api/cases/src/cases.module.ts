import { Module } from '@nestjs/common';
import type { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { AuditModule } from '@videnbro/audit';
import { NotificationsModule } from '@videnbro/notifications';
import { CASE_MEMBERSHIPS, CaseAccess } from './case-access';
import type { CaseMemberships } from './case-access';
import { CaseConsentsController } from './case-consents.controller';
import { CaseConsentsService } from './case-consents.service';
import { CaseNotices } from './case-notices';
import { CasePeopleRepository } from './case-people.repository';
import { CaseConversationService } from './case-conversation.service';
import { CaseViews } from './case-views';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';
import { CaseClock } from './clock';

export interface CasesModuleOptions {
  /** The modules that export the memberships provider (the organisations feature). */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** The provider that answers membership questions: the organisations feature's OrganizationAccess. */
  memberships: Type<CaseMemberships>;
}

/**
 * Brokering cases: introductions with consent, their timeline, notes and messages. Memberships come
 * from the organisations feature, which the app passes in:
 * `CasesModule.register({ imports: [OrganizationsModule], memberships: OrganizationAccess })`.
 * Mail goes through the MailPort of the global MailModule.
 */
@Module({})
export class CasesModule {
  static register(options: CasesModuleOptions): DynamicModule {
    return {
      module: CasesModule,
      imports: [AuditModule, NotificationsModule, ...options.imports],
      controllers: [CasesController, CaseConsentsController],
      providers: [
        { provide: CASE_MEMBERSHIPS, useExisting: options.memberships },
        CaseAccess,
        CaseClock,
        CaseViews,
        CasesRepository,
        CasesService,
        CaseConsentsService,
        CaseConversationService,
        CaseNotices,
        CasePeopleRepository,
      ],
    };
  }
}
