import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ClusterMembership, Organization } from './entities';

export type ClusterMembershipWithMember = ClusterMembership & { memberOrganization: Organization };

/** Organisations' memberships of clusters. Soft-deleted organisations are left out on both sides. */
@Injectable()
export class ClusterMembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private memberships(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ClusterMembership);
  }

  /** Every cluster organisation, by name. */
  listClusters(): Promise<Organization[]> {
    return this.dataSource.manager
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where(`o.kind = 'cluster'`)
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
  }

  /** Live member organisations per cluster. */
  async memberCounts(clusterIds: string[]): Promise<Map<string, number>> {
    if (!clusterIds.length) return new Map();
    const rows: { clusterId: string; count: number }[] = await this.memberships()
      .createQueryBuilder('cm')
      .innerJoin('cm.memberOrganization', 'o')
      .select('cm.cluster_id', 'clusterId')
      .addSelect('count(*)::int', 'count')
      .where('cm.cluster_id = any(:clusterIds) and o.deleted_at is null', { clusterIds })
      .groupBy('cm.cluster_id')
      .getRawMany();
    return new Map(rows.map((row) => [row.clusterId, row.count]));
  }

  /** A page of a cluster's member organisations, by name. */
  async listMembers(
    clusterId: string,
    page: number,
    limit: number,
  ): Promise<{ items: ClusterMembershipWithMember[]; total: number }> {
    const [items, total] = await this.memberships()
      .createQueryBuilder('cm')
      .innerJoinAndSelect('cm.memberOrganization', 'o')
      .where('cm.cluster_id = :clusterId and o.deleted_at is null', { clusterId })
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .skip((page - 1) * limit)
      .take(limit)
      .getManyAndCount();
    return { items: items as ClusterMembershipWithMember[], total };
  }

  countMembers(manager: EntityManager, clusterId: string): Promise<number> {
    return this.memberships(manager).countBy({ clusterId });
  }

  /** The clusters (live ones) an organisation is a member of. */
  async clusterIdsOf(organizationId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.memberships()
      .createQueryBuilder('cm')
      .innerJoin('cm.cluster', 'c')
      .select('c.id', 'id')
      .where('cm.member_organization_id = :organizationId and c.deleted_at is null', { organizationId })
      .orderBy('c.id')
      .getRawMany();
    return rows.map((row) => row.id);
  }

  find(clusterId: string, memberOrganizationId: string, manager?: EntityManager) {
    return this.memberships(manager).findOneBy({ clusterId, memberOrganizationId });
  }

  insert(
    manager: EntityManager,
    values: Pick<ClusterMembership, 'clusterId' | 'memberOrganizationId' | 'yearlyFeeDkk' | 'since'>,
  ): Promise<ClusterMembership> {
    const memberships = this.memberships(manager);
    return memberships.save(memberships.create(values));
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await this.memberships(manager).delete({ id });
  }
}
