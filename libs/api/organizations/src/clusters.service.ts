import {
  BadRequestException,
  ConflictException,
  HttpStatus,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { Caller } from '@videnbro/access';
import { AuditLog, diff } from '@videnbro/audit';
import { fieldError } from '@videnbro/http';
import { Outbox } from '@videnbro/outbox';
import { ClusterMembershipsRepository } from './cluster-memberships.repository';
import type { ClusterMembershipWithMember } from './cluster-memberships.repository';
import { isUniqueViolation } from './database-errors';
import type { ClusterMembership, Organization } from './entities';
import { isPlatformAdmin, OrganizationAccess } from './organization-access';
import { OrganizationsRepository } from './organizations.repository';
import { Transactions } from './transactions';

const clusterNotFound = () => new NotFoundException('Cluster not found');
const CLUSTER_MEMBERSHIP_FIELDS = ['clusterId', 'memberOrganizationId', 'yearlyFeeDkk', 'since'] as const;

export interface ClusterMembersPage {
  items: ClusterMembershipWithMember[];
  total: number;
  /** Whether the caller may see the yearly fees. */
  showFees: boolean;
}

/**
 * Clusters are organisations of kind `cluster`; their members are the cluster's brokers, and its member
 * organisations pay a yearly fee. The fees are for the cluster's brokers, programme staff and platform
 * admins; the cluster's owners and admins (and platform admins) manage its member organisations.
 */
@Injectable()
export class ClustersService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly clusterMemberships: ClusterMembershipsRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly transactions: Transactions,
  ) {}

  async list(): Promise<{ cluster: Organization; memberCount: number }[]> {
    const clusters = await this.clusterMemberships.listClusters();
    const counts = await this.clusterMemberships.memberCounts(clusters.map((cluster) => cluster.id));
    return clusters.map((cluster) => ({ cluster, memberCount: counts.get(cluster.id) ?? 0 }));
  }

  async members(
    caller: Caller | undefined,
    clusterId: string,
    page: number,
    limit: number,
  ): Promise<ClusterMembersPage> {
    await this.getCluster(clusterId);
    const { items, total } = await this.clusterMemberships.listMembers(clusterId, page, limit);
    return { items, total, showFees: await this.maySeeFees(caller, clusterId) };
  }

  async addMember(
    caller: Caller,
    clusterId: string,
    input: { organizationId: string; yearlyFeeDkk: number; since: string },
  ): Promise<ClusterMembershipWithMember> {
    await this.getCluster(clusterId);
    await this.access.requireManager(caller, clusterId);
    if (input.organizationId === clusterId) {
      throw new BadRequestException({
        message: 'Validation failed',
        details: [{ field: 'organizationId', message: 'A cluster cannot be a member of itself' }],
      });
    }
    const member = await this.organizations.findById(input.organizationId);
    if (!member) throw fieldError(HttpStatus.NOT_FOUND, 'organizationId', 'No organisation with this id');
    if (await this.clusterMemberships.find(clusterId, member.id)) throw alreadyMember();
    let created: ClusterMembership;
    try {
      created = await this.transactions.run(async (manager) => {
        const membership = await this.clusterMemberships.insert(manager, {
          clusterId,
          memberOrganizationId: member.id,
          yearlyFeeDkk: input.yearlyFeeDkk,
          since: input.since,
        });
        await this.audit.record(manager, {
          actorUserId: caller.userId,
          entityType: 'cluster_membership',
          entityId: membership.id,
          action: 'create',
          changes: diff(null, membership, CLUSTER_MEMBERSHIP_FIELDS),
        });
        // The member organisation's search document lists its clusters.
        await this.outbox.enqueue(manager, 'organization', member.id, 'upsert');
        return membership;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_cluster_memberships_pair')) throw alreadyMember();
      throw error;
    }
    return { ...created, memberOrganization: member };
  }

  async removeMember(caller: Caller, clusterId: string, organizationId: string): Promise<void> {
    await this.getCluster(clusterId);
    await this.access.requireManager(caller, clusterId);
    const membership = await this.clusterMemberships.find(clusterId, organizationId);
    if (!membership) throw new NotFoundException('This organisation is not a member of the cluster');
    await this.transactions.run(async (manager) => {
      await this.clusterMemberships.delete(manager, membership.id);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        entityType: 'cluster_membership',
        entityId: membership.id,
        action: 'delete',
        changes: diff(membership, null, CLUSTER_MEMBERSHIP_FIELDS),
      });
      await this.outbox.enqueue(manager, 'organization', organizationId, 'upsert');
    });
  }

  private async getCluster(clusterId: string): Promise<Organization> {
    const cluster = await this.organizations.findById(clusterId);
    if (!cluster || cluster.kind !== 'cluster') throw clusterNotFound();
    return cluster;
  }

  private async maySeeFees(caller: Caller | undefined, clusterId: string): Promise<boolean> {
    if (!caller) return false;
    if (isPlatformAdmin(caller) || caller.roles.includes('programme')) return true;
    return (await this.access.roleOf(caller.userId, clusterId)) !== null;
  }
}

function alreadyMember() {
  return new ConflictException('This organisation is a member of the cluster already');
}
