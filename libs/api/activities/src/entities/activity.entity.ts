import {
  ACTIVITY_FORMAT_IDS,
  ACTIVITY_FUNDING_SOURCE_IDS,
  ACTIVITY_PLACE_MAX_LENGTH,
  ACTIVITY_TITLE_LENGTH,
  ACTIVITY_TYPE_IDS,
} from '@videnbro/domain';
import type { ActivityFormat, ActivityFundingSource, ActivityType } from '@videnbro/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { inList } from './checks';
import { ORGANIZATION_ENTITY, USER_ENTITY } from './refs';
import type { OrganizationRef } from './refs';

/**
 * A cluster activity. Soft-deleted: a deleted activity is gone from lists and statistics, but its
 * rows and audit history stay.
 */
@Entity('activities')
// Programme-wide lists and statistics filter by date; per cluster they start from activity_clusters.
@Index('ix_activities_starts_on', ['startsOn'])
@Check('ck_activities_type', inList('type', ACTIVITY_TYPE_IDS))
@Check('ck_activities_format', inList('format', ACTIVITY_FORMAT_IDS))
@Check('ck_activities_funding_source', inList('funding_source', ACTIVITY_FUNDING_SOURCE_IDS))
@Check('ck_activities_dates', `"ends_on" >= "starts_on"`)
export class Activity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The cluster that created it; it is in activity_clusters too. */
  @Column({ type: 'uuid' })
  ownerClusterId!: string;

  @ManyToOne(ORGANIZATION_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_cluster_id' })
  ownerCluster?: OrganizationRef;

  @Column({ type: 'varchar', length: ACTIVITY_TITLE_LENGTH.max })
  title!: string;

  @Column({ type: 'varchar', length: 30 })
  type!: ActivityType;

  /** The first day (YYYY-MM-DD). */
  @Column({ type: 'date' })
  startsOn!: string;

  /** The last day (YYYY-MM-DD), on or after the first. */
  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'varchar', length: 10 })
  format!: ActivityFormat;

  @Column({ type: 'varchar', length: ACTIVITY_PLACE_MAX_LENGTH, nullable: true })
  place!: string | null;

  @Column({ type: 'varchar', length: 20 })
  fundingSource!: ActivityFundingSource;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Who created it; null once that account is deleted. */
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(USER_ENTITY, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: { id: string } | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt!: Date | null;
}
