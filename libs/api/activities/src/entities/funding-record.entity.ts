import { FUNDING_NOTE_MAX_LENGTH, FUNDING_SOURCE_IDS, FUNDING_STATUS_IDS } from '@videnbro/domain';
import type { FundingSource, FundingStatus } from '@videnbro/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Activity } from './activity.entity';
import { inList } from './checks';
import { CASE_ENTITY, ORGANIZATION_ENTITY } from './refs';
import type { OrganizationRef } from './refs';

/** bigint comes back from pg as a string; whole kroner fit a JavaScript number many times over. */
const kroner = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Money a cluster spent or secured in a year, by source; optionally for one activity or case. */
@Entity('funding_records')
@Index('ix_funding_records_cluster_year', ['clusterId', 'year'])
@Check('ck_funding_records_source', inList('source', FUNDING_SOURCE_IDS))
@Check('ck_funding_records_status', inList('status', FUNDING_STATUS_IDS))
@Check('ck_funding_records_amount', `"amount_dkk" > 0`)
export class FundingRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clusterId!: string;

  @ManyToOne(ORGANIZATION_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: OrganizationRef;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 30 })
  source!: FundingSource;

  /** Whole Danish kroner. */
  @Column({ type: 'bigint', transformer: kroner })
  amountDkk!: number;

  @Column({ type: 'varchar', length: 10 })
  status!: FundingStatus;

  @Index('ix_funding_records_activity')
  @Column({ type: 'uuid', nullable: true })
  activityId!: string | null;

  @ManyToOne(() => Activity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Activity | null;

  /** A case the cluster brokers. */
  @Index('ix_funding_records_case')
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(CASE_ENTITY, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id' })
  case?: { id: string } | null;

  @Column({ type: 'varchar', length: FUNDING_NOTE_MAX_LENGTH, nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
