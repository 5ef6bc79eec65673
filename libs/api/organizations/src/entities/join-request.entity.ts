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

export const JOIN_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

/** A user's request to join an organisation, decided by one of its admins. */
@Entity('organization_join_requests')
// One open request per user and organisation.
@Index('uq_organization_join_requests_pending', ['organizationId', 'userId'], {
  unique: true,
  where: `"status" = 'pending'`,
})
@Index('ix_organization_join_requests_org', ['organizationId', 'createdAt'])
@Check('ck_organization_join_requests_status', `"status" IN ('pending', 'approved', 'rejected')`)
export class JoinRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index('ix_organization_join_requests_user')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(USER_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserRef;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: JoinRequestStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  @ManyToOne(USER_ENTITY, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy?: UserRef | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
