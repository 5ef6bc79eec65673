import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Membership, Organization } from './entities';
import type { OrganizationRole, UserRef } from './entities';

/** Never the whole users row: it holds the password hash. */
export const USER_COLUMNS = ['u.id', 'u.email', 'u.name', 'u.locale'];

export type MembershipWithUser = Membership & { user: UserRef };
export type MembershipWithOrganization = Membership & { organization: Organization };

/** Users' memberships of organisations. Memberships of soft-deleted organisations are never returned. */
@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private memberships(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(Membership);
  }

  find(organizationId: string, userId: string, manager?: EntityManager): Promise<Membership | null> {
    return this.memberships(manager)
      .createQueryBuilder('m')
      .innerJoin(Organization, 'o', 'o.id = m.organization_id and o.deleted_at is null')
      .where('m.organization_id = :organizationId and m.user_id = :userId', { organizationId, userId })
      .getOne();
  }

  /** The members with their names and emails, owners first, then by name. */
  listMembers(organizationId: string): Promise<MembershipWithUser[]> {
    return this.memberships()
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .addSelect(USER_COLUMNS)
      .where('m.organization_id = :organizationId', { organizationId })
      .orderBy(`case m.role when 'owner' then 0 when 'admin' then 1 else 2 end`)
      .addOrderBy('u.name', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany() as Promise<MembershipWithUser[]>;
  }

  /** Owners and admins, with the email and language to write to them in. */
  listManagers(organizationId: string): Promise<MembershipWithUser[]> {
    return this.memberships()
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .addSelect(USER_COLUMNS)
      .where(`m.organization_id = :organizationId and m.role in ('owner', 'admin')`, { organizationId })
      .orderBy('m.created_at', 'ASC')
      .getMany() as Promise<MembershipWithUser[]>;
  }

  /** A user's memberships with their organisations, by organisation name. */
  listOfUser(userId: string): Promise<MembershipWithOrganization[]> {
    return this.memberships()
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.organization', 'o')
      .where('m.user_id = :userId and o.deleted_at is null', { userId })
      .orderBy('o.name', 'ASC')
      .getMany() as Promise<MembershipWithOrganization[]>;
  }

  /** The organisations of kind `cluster` the user is a member of (and so a broker for). */
  async clusterIdsOfUser(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.memberships()
      .createQueryBuilder('m')
      .innerJoin('m.organization', 'o')
      .select('o.id', 'id')
      .where(`m.user_id = :userId and o.kind = 'cluster' and o.deleted_at is null`, { userId })
      .orderBy('o.id')
      .getRawMany();
    return rows.map((row) => row.id);
  }

  countWithRole(manager: EntityManager, organizationId: string, role: OrganizationRole): Promise<number> {
    return this.memberships(manager).countBy({ organizationId, role });
  }

  insert(
    manager: EntityManager,
    values: Pick<Membership, 'organizationId' | 'userId' | 'role'>,
  ): Promise<Membership> {
    const memberships = this.memberships(manager);
    return memberships.save(memberships.create(values));
  }

  async updateRole(manager: EntityManager, id: string, role: OrganizationRole): Promise<void> {
    await this.memberships(manager).update({ id }, { role });
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await this.memberships(manager).delete({ id });
  }
}
