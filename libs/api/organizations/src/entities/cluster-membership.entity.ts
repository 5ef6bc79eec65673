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

/** An organisation's membership of a cluster, with the yearly fee it pays (for the cluster statistics). */
@Entity('cluster_memberships')
@Index('uq_cluster_memberships_pair', ['clusterId', 'memberOrganizationId'], { unique: true })
@Check('ck_cluster_memberships_not_self', `"cluster_id" <> "member_organization_id"`)
@Check('ck_cluster_memberships_fee', `"yearly_fee_dkk" >= 0`)
export class ClusterMembership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** An organisation of kind `cluster`. */
  @Column({ type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: Organization;

  @Index('ix_cluster_memberships_member')
  @Column({ type: 'uuid' })
  memberOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_organization_id' })
  memberOrganization?: Organization;

  /** Whole Danish kroner per year. */
  @Column({ type: 'int' })
  yearlyFeeDkk!: number;

  /** The day the membership began (YYYY-MM-DD). */
  @Column({ type: 'date' })
  since!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
