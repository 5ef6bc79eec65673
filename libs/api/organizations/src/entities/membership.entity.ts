import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Organization } from './organization.entity';
import { USER_ENTITY } from './user-ref';
import type { UserRef } from './user-ref';

export const ORGANIZATION_ROLES = ['owner', 'admin', 'member'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
/** Roles that manage the organisation: its profile, members, invitations and join requests. */
export const MANAGER_ROLES: readonly OrganizationRole[] = ['owner', 'admin'];

/** A user's membership of an organisation. A member of a cluster organisation is a broker of that cluster. */
@Entity('organization_memberships')
@Index('uq_organization_memberships_org_user', ['organizationId', 'userId'], { unique: true })
@Check('ck_organization_memberships_role', `"role" IN ('owner', 'admin', 'member')`)
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index('ix_organization_memberships_user')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(USER_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserRef;

  @Column({ type: 'varchar', length: 10 })
  role!: OrganizationRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
