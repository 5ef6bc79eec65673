import { Module } from '@nestjs/common';
import type { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { AuditModule } from '@videnbro/audit';
import { NotificationsModule } from '@videnbro/notifications';
import { CASE_MEMBERSHIPS, CaseAccess } from './case-access';
import type { CaseMemberships } from './case-access';
import { CaseConsentsController } from './case-consents.controller';
import { CaseConsentsService } from './case-consents.service';
import { CaseInboxController } from './case-inbox.controller';
import { CaseInboxRepository } from './case-inbox.repository';
import { CaseInboxService } from './case-inbox.service';
import { CASE_MATCHES } from './case-matches';
import type { CaseMatches } from './case-matches';
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
  /** The provider of matches for the inbox (exported by a module in `imports`): the matching feature's MatchingService. */
  matches: Type<CaseMatches>;
}

/**
 * Brokering cases: introductions with consent, their timeline, notes and messages, and the brokers'
 * inbox. Memberships come from the organisations feature and the inbox's matches from the matching
 * feature, which the app passes in:
 * `CasesModule.register({ imports: [OrganizationsModule, matching], memberships: OrganizationAccess,
 * matches: MatchingService })`.
 * Mail goes through the MailPort of the global MailModule.
 */
@Module({})
export class CasesModule {
  static register(options: CasesModuleOptions): DynamicModule {
    return {
      module: CasesModule,
      imports: [AuditModule, NotificationsModule, ...options.imports],
      controllers: [CasesController, CaseInboxController, CaseConsentsController],
      providers: [
        { provide: CASE_MEMBERSHIPS, useExisting: options.memberships },
        { provide: CASE_MATCHES, useExisting: options.matches },
        CaseAccess,
        CaseClock,
        CaseViews,
        CasesRepository,
        CasesService,
        CaseConsentsService,
        CaseConversationService,
        CaseInboxRepository,
        CaseInboxService,
        CaseNotices,
        CasePeopleRepository,
      ],
    };
  }
}
