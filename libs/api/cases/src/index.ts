export { CasesModule } from './cases.module';
export type { CasesModuleOptions } from './cases.module';
export type { CaseMemberships } from './case-access';
export type { CaseMatches } from './case-matches';
export { CaseClock } from './clock';
export { Case, CaseCluster, CaseConsent, CaseEvent, caseEntities, CaseFunding } from './entities';
