import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { Invitation } from './entities';
import { USER_COLUMNS } from './memberships.repository';

export type NewInvitation = Pick<
  Invitation,
  'organizationId' | 'email' | 'role' | 'tokenHash' | 'invitedByUserId' | 'expiresAt'
>;

@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private invitations(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(Invitation);
  }

  /** The invitation with its organisation (soft-deleted ones too: the caller says what that means). */
  findByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return this.invitations().findOne({
      where: { tokenHash },
      relations: { organization: true },
      withDeleted: true,
    });
  }

  /** Reads and locks the invitation until the transaction ends, so it is used once. */
  findByTokenHashForUpdate(manager: EntityManager, tokenHash: string): Promise<Invitation | null> {
    return this.invitations(manager).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  findInOrganization(
    organizationId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<Invitation | null> {
    return this.invitations(manager).findOneBy({ id, organizationId });
  }

  /** Newest first, with the name of the inviting user. */
  listForOrganization(organizationId: string): Promise<Invitation[]> {
    return this.invitations()
      .createQueryBuilder('i')
      .leftJoin('i.invitedBy', 'u')
      .addSelect(USER_COLUMNS)
      .where('i.organization_id = :organizationId', { organizationId })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getMany();
  }

  /** Open invitations of one email to one organisation (an invitation sent again replaces them). */
  findPending(
    manager: EntityManager,
    organizationId: string,
    email: string,
    now: Date,
  ): Promise<Invitation[]> {
    return this.invitations(manager).findBy({
      organizationId,
      email,
      acceptedAt: IsNull(),
      revokedAt: IsNull(),
      expiresAt: MoreThan(now),
    });
  }

  insert(manager: EntityManager, values: NewInvitation): Promise<Invitation> {
    const invitations = this.invitations(manager);
    return invitations.save(
      invitations.create({ ...values, acceptedAt: null, acceptedByUserId: null, revokedAt: null }),
    );
  }

  async markAccepted(manager: EntityManager, id: string, userId: string, at: Date): Promise<void> {
    await this.invitations(manager).update({ id }, { acceptedAt: at, acceptedByUserId: userId });
  }

  async markRevoked(manager: EntityManager, id: string, at: Date): Promise<void> {
    await this.invitations(manager).update({ id }, { revokedAt: at });
  }
}
