import { Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog } from '@videnbro/audit';
import { MANAGER_ROLES } from './entities';
import type { OrganizationRole } from './entities';
import { Transactions } from './transactions';

/**
 * Platform admins may read an organisation's personal data (members, invitations, join requests)
 * without the role that would let them. Each such read leaves an audit entry: who read what, when.
 */
@Injectable()
export class AdminReads {
  constructor(
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** Records the read when the caller's own role (`needed`: any, or a manager's) would not allow it. */
  async recordUnlessEntitled(
    caller: Caller,
    organizationId: string,
    role: OrganizationRole | null,
    needed: 'member' | 'manager',
    what: 'members' | 'invitations' | 'join_requests',
  ): Promise<void> {
    const entitled = needed === 'member' ? role !== null : role !== null && MANAGER_ROLES.includes(role);
    if (entitled) return;
    await this.transactions.run((manager) =>
      this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'organization',
        entityId: organizationId,
        action: `read_${what}`,
        changes: {},
      }),
    );
  }
}
