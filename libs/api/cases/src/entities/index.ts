import { Case } from './case.entity';
import { CaseCluster } from './case-cluster.entity';
import { CaseConsent } from './case-consent.entity';
import { CaseEvent } from './case-event.entity';
import { CaseFunding } from './case-funding.entity';

export { Case } from './case.entity';
export { CaseCluster } from './case-cluster.entity';
export { CaseConsent } from './case-consent.entity';
export { CASE_EVENT_KINDS, CaseEvent } from './case-event.entity';
export type { CaseEventKind } from './case-event.entity';
export { CaseFunding } from './case-funding.entity';

export const caseEntities = [Case, CaseCluster, CaseConsent, CaseEvent, CaseFunding];
