import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog, diff } from '@videnbro/audit';
import { EntityManager } from 'typeorm';
import type { Membership, OrganizationRole } from './entities';
import { AdminReads } from './admin-reads';
import { MembershipsRepository } from './memberships.repository';
import type { MembershipWithOrganization, MembershipWithUser } from './memberships.repository';
import { OrganizationAccess } from './organization-access';
import { organizationNotFound } from './organization-errors';
import { OrganizationsRepository } from './organizations.repository';
import { Transactions } from './transactions';

const memberNotFound = () => new NotFoundException('This user is not a member of the organisation');

/**
 * Members and their roles. Owners and admins manage members; only owners (and platform admins) make or
 * unmake owners; anyone may leave; the last owner may neither leave nor be demoted, so an organisation
 * always has someone who can manage it.
 */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly adminReads: AdminReads,
  ) {}

  /** Names and emails are personal data: members of the organisation and platform admins only. */
  async list(caller: Caller, organizationId: string): Promise<MembershipWithUser[]> {
    await this.assertOrganization(organizationId);
    const role = await this.access.requireMemberOrPlatformAdmin(caller, organizationId);
    await this.adminReads.recordUnlessEntitled(caller, organizationId, role, 'member', 'members');
    return this.memberships.listMembers(organizationId);
  }

  mine(caller: Caller): Promise<MembershipWithOrganization[]> {
    return this.memberships.listOfUser(caller.userId);
  }

  async changeRole(
    caller: Caller,
    organizationId: string,
    userId: string,
    role: OrganizationRole,
  ): Promise<MembershipWithUser> {
    await this.assertOrganization(organizationId);
    await this.access.requireManager(caller, organizationId);
    const target = await this.memberships.find(organizationId, userId);
    if (!target) throw memberNotFound();
    if (target.role === 'owner' || role === 'owner') await this.access.requireOwner(caller, organizationId);
    if (target.role !== role) {
      await this.transactions.run(async (manager) => {
        const current = await this.lockedMembership(manager, organizationId, userId);
        if (current.role === 'owner' && role !== 'owner') {
          await this.assertAnotherOwner(
            manager,
            organizationId,
            'The last owner cannot be demoted: make another member owner first',
          );
        }
        await this.memberships.updateRole(manager, current.id, role);
        await this.audit.record(manager, {
          actorUserId: caller.userId,
          entityType: 'membership',
          entityId: current.id,
          action: 'update',
          changes: diff(current, { ...current, role }, ['role']),
        });
      });
    }
    const updated = (await this.memberships.listMembers(organizationId)).find((m) => m.userId === userId);
    if (!updated) throw memberNotFound();
    return updated;
  }

  /** An owner or admin removes a member; a member removes themself (leaves). */
  async remove(caller: Caller, organizationId: string, userId: string): Promise<void> {
    await this.assertOrganization(organizationId);
    const leaving = caller.userId === userId;
    if (!leaving) await this.access.requireManager(caller, organizationId);
    const target = await this.memberships.find(organizationId, userId);
    if (!target) throw memberNotFound();
    if (!leaving && target.role === 'owner') await this.access.requireOwner(caller, organizationId);
    await this.transactions.run(async (manager) => {
      const current = await this.lockedMembership(manager, organizationId, userId);
      if (current.role === 'owner') {
        await this.assertAnotherOwner(
          manager,
          organizationId,
          leaving
            ? 'The last owner cannot leave: make another member owner first'
            : 'The last owner cannot be removed: make another member owner first',
        );
      }
      await this.memberships.delete(manager, current.id);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'membership',
        entityId: current.id,
        action: leaving ? 'leave' : 'delete',
        changes: diff(current, null, ['organizationId', 'userId', 'role']),
      });
    });
  }

  private async assertOrganization(organizationId: string): Promise<void> {
    if (!(await this.organizations.findById(organizationId))) throw organizationNotFound();
  }

  /**
   * Locks the organisation row first: membership changes of one organisation then run one at a time,
   * so two owners cannot both leave at once and leave it ownerless.
   */
  private async lockedMembership(
    manager: EntityManager,
    organizationId: string,
    userId: string,
  ): Promise<Membership> {
    if (!(await this.organizations.findByIdForUpdate(manager, organizationId))) throw organizationNotFound();
    const current = await this.memberships.find(organizationId, userId, manager);
    if (!current) throw memberNotFound();
    return current;
  }

  private async assertAnotherOwner(manager: EntityManager, organizationId: string, message: string) {
    if ((await this.memberships.countWithRole(manager, organizationId, 'owner')) <= 1) {
      throw new ConflictException(message);
    }
  }
}
