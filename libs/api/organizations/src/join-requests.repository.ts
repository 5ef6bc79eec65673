import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { JoinRequest } from './entities';
import type { JoinRequestStatus, Organization, UserRef } from './entities';
import { USER_COLUMNS } from './memberships.repository';

export type JoinRequestWithUser = JoinRequest & { user: UserRef };
export type JoinRequestWithOrganization = JoinRequest & { organization: Pick<Organization, 'id' | 'name'> };

@Injectable()
export class JoinRequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private requests(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(JoinRequest);
  }

  private withUser(manager?: EntityManager) {
    return this.requests(manager).createQueryBuilder('r').innerJoin('r.user', 'u').addSelect(USER_COLUMNS);
  }

  findInOrganization(
    organizationId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<JoinRequestWithUser | null> {
    return this.withUser(manager)
      .where('r.id = :id and r.organization_id = :organizationId', { id, organizationId })
      .getOne() as Promise<JoinRequestWithUser | null>;
  }

  /** Reads and locks the request until the transaction ends, so it is decided once. */
  findInOrganizationForUpdate(
    manager: EntityManager,
    organizationId: string,
    id: string,
  ): Promise<JoinRequest | null> {
    return this.requests(manager).findOne({
      where: { id, organizationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  findPending(organizationId: string, userId: string): Promise<JoinRequest | null> {
    return this.requests().findOneBy({ organizationId, userId, status: 'pending' });
  }

  /** Pending ones first, then newest first. */
  listForOrganization(organizationId: string, status?: JoinRequestStatus): Promise<JoinRequestWithUser[]> {
    const query = this.withUser().where('r.organization_id = :organizationId', { organizationId });
    if (status) query.andWhere('r.status = :status', { status });
    return query
      .orderBy(`case r.status when 'pending' then 0 else 1 end`)
      .addOrderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getMany() as Promise<JoinRequestWithUser[]>;
  }

  /** The user's own requests, pending first, then newest first; only the organisation's id and name. */
  listForUser(userId: string): Promise<JoinRequestWithOrganization[]> {
    return this.requests()
      .createQueryBuilder('r')
      .innerJoin('r.organization', 'o')
      .addSelect(['o.id', 'o.name'])
      .where('r.user_id = :userId', { userId })
      .orderBy(`case r.status when 'pending' then 0 else 1 end`)
      .addOrderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getMany() as Promise<JoinRequestWithOrganization[]>;
  }

  insert(
    manager: EntityManager,
    values: Pick<JoinRequest, 'organizationId' | 'userId' | 'message'>,
  ): Promise<JoinRequest> {
    const requests = this.requests(manager);
    return requests.save(
      requests.create({ ...values, status: 'pending', decidedAt: null, decidedByUserId: null }),
    );
  }

  async decide(
    manager: EntityManager,
    id: string,
    status: Exclude<JoinRequestStatus, 'pending'>,
    userId: string,
    at: Date,
  ): Promise<void> {
    await this.requests(manager).update({ id }, { status, decidedByUserId: userId, decidedAt: at });
  }
}
