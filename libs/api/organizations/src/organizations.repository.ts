import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganizationKind, RegionId } from '@videnbro/domain';
import { DataSource, EntityManager } from 'typeorm';
import { containsPattern } from './database-errors';
import { Organization } from './entities';

export interface OrganizationFilters {
  kind?: OrganizationKind;
  region?: RegionId;
  country?: string;
  /** Part of the name, case-insensitive. */
  q?: string;
  externalId?: string;
  /** Member organisations of this cluster. */
  cluster?: string;
  page: number;
  limit: number;
}

/** `verified` is left to its default (true): only the participation import proposes unverified ones. */
export type NewOrganization = Omit<Organization, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'verified'>;

/** Organisations. Soft-deleted ones are invisible to every method here. */
@Injectable()
export class OrganizationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private organizations(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(Organization);
  }

  findById(id: string, manager?: EntityManager): Promise<Organization | null> {
    return this.organizations(manager).findOneBy({ id });
  }

  /** Reads and locks the row until the transaction ends: changes to one organisation queue up. */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<Organization | null> {
    return this.organizations(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByCvr(cvr: string, manager?: EntityManager): Promise<Organization | null> {
    return this.organizations(manager).findOneBy({ cvr });
  }

  findByExternalId(externalId: string): Promise<Organization | null> {
    return this.organizations().findOneBy({ externalId });
  }

  findByIds(ids: string[]): Promise<Organization[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.organizations()
      .createQueryBuilder('o')
      .where('o.id = any(:ids)', { ids })
      .orderBy('o.name', 'ASC')
      .getMany();
  }

  async list(filters: OrganizationFilters): Promise<{ items: Organization[]; total: number }> {
    const query = this.organizations().createQueryBuilder('o');
    if (filters.kind) query.andWhere('o.kind = :kind', { kind: filters.kind });
    if (filters.region) query.andWhere('o.region = :region', { region: filters.region });
    if (filters.country) query.andWhere('o.country = :country', { country: filters.country });
    if (filters.externalId) query.andWhere('o.external_id = :externalId', { externalId: filters.externalId });
    if (filters.q) query.andWhere('o.name ilike :q', { q: containsPattern(filters.q) });
    if (filters.cluster) {
      query.andWhere(
        'exists (select 1 from cluster_memberships cm where cm.cluster_id = :cluster and cm.member_organization_id = o.id)',
        { cluster: filters.cluster },
      );
    }
    const [items, total] = await query
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .offset((filters.page - 1) * filters.limit)
      .limit(filters.limit)
      .getManyAndCount();
    return { items, total };
  }

  insert(manager: EntityManager, values: NewOrganization): Promise<Organization> {
    const organizations = this.organizations(manager);
    return organizations.save(organizations.create(values));
  }

  async update(manager: EntityManager, id: string, changes: Partial<NewOrganization>): Promise<Organization> {
    await this.organizations(manager).update({ id }, changes);
    return this.organizations(manager).findOneByOrFail({ id });
  }

  async softDelete(manager: EntityManager, id: string, at: Date): Promise<void> {
    await this.organizations(manager).update({ id }, { deletedAt: at });
  }
}
