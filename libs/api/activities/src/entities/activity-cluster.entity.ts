import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Activity } from './activity.entity';
import { ORGANIZATION_ENTITY } from './refs';
import type { OrganizationRef } from './refs';

/** A cluster that organises an activity: the owner, and any co-organising clusters. */
@Entity('activity_clusters')
@Index('ix_activity_clusters_cluster', ['clusterId', 'activityId'])
export class ActivityCluster {
  @PrimaryColumn({ type: 'uuid' })
  activityId!: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Activity;

  @PrimaryColumn({ type: 'uuid' })
  clusterId!: string;

  @ManyToOne(ORGANIZATION_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: OrganizationRef;
}
