export type { Changes, FieldChange } from './audit-entry.entity';
export { AuditEntry } from './audit-entry.entity';
export type { AuditRecord } from './audit-log';
export { AuditLog } from './audit-log';
export { AuditModule } from './audit.module';
export { auditValue, diff } from './diff';

import { AuditEntry } from './audit-entry.entity';
export const auditEntities = [AuditEntry];
