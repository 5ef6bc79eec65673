import { ForbiddenException, Injectable } from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { ClusterMembershipsRepository } from './cluster-memberships.repository';
import { MANAGER_ROLES } from './entities';
import type { OrganizationRole } from './entities';
import { MembershipsRepository } from './memberships.repository';

export interface OrganizationMembershipRef {
  organizationId: string;
  role: OrganizationRole;
  /** Owner or admin: may manage the organisation and change what its members published. */
  manages: boolean;
}

export function isPlatformAdmin(caller: Caller | undefined): boolean {
  return caller?.roles.includes('admin') ?? false;
}

/**
 * Who belongs where: the one place features ask what a user may see or do through their organisations.
 * Everything here ignores soft-deleted organisations. Platform admins are not members of anything; the
 * `require…` checks let them through.
 */
@Injectable()
export class OrganizationAccess {
  constructor(
    private readonly memberships: MembershipsRepository,
    private readonly clusterMemberships: ClusterMembershipsRepository,
  ) {}

  /** The organisations the user belongs to, with the role in each. */
  async membershipsOf(userId: string): Promise<OrganizationMembershipRef[]> {
    const memberships = await this.memberships.listOfUser(userId);
    return memberships.map((m) => ({
      organizationId: m.organizationId,
      role: m.role,
      manages: MANAGER_ROLES.includes(m.role),
    }));
  }

  /** The clusters the user is a broker for: the cluster organisations they are a member of. */
  brokerClusterIdsOf(userId: string): Promise<string[]> {
    return this.memberships.clusterIdsOfUser(userId);
  }

  /** The clusters an organisation is a member of. */
  clustersOfOrganization(organizationId: string): Promise<string[]> {
    return this.clusterMemberships.clusterIdsOf(organizationId);
  }

  async roleOf(userId: string, organizationId: string): Promise<OrganizationRole | null> {
    return (await this.memberships.find(organizationId, userId))?.role ?? null;
  }

  /** Any member, or a platform admin (who may see the organisation's personal data). */
  async requireMemberOrPlatformAdmin(
    caller: Caller,
    organizationId: string,
  ): Promise<OrganizationRole | null> {
    if (isPlatformAdmin(caller)) return this.roleOf(caller.userId, organizationId);
    const role = await this.roleOf(caller.userId, organizationId);
    if (!role) throw new ForbiddenException('Only members of this organisation may see this');
    return role;
  }

  /** An owner or admin of the organisation, or a platform admin. Returns the caller's own role. */
  async requireManager(caller: Caller, organizationId: string): Promise<OrganizationRole | null> {
    const role = await this.roleOf(caller.userId, organizationId);
    if (isPlatformAdmin(caller) || (role && MANAGER_ROLES.includes(role))) return role;
    throw new ForbiddenException('Only owners and admins of this organisation may do this');
  }

  /** An owner of the organisation, or a platform admin. */
  async requireOwner(caller: Caller, organizationId: string): Promise<void> {
    if (isPlatformAdmin(caller)) return;
    if ((await this.roleOf(caller.userId, organizationId)) !== 'owner') {
      throw new ForbiddenException('Only owners of this organisation may do this');
    }
  }
}
