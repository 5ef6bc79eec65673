import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ORGANIZATION_ENTITY } from './refs';

/**
 * Which industries (DB07 codes) a cluster's strength area covers. A company lies inside the cluster's
 * strength areas when one of its industry codes falls under one of these: the same code, a subclass of
 * a mapped division, or a division or subclass of a mapped section.
 */
@Entity('cluster_strength_industries')
export class ClusterStrengthIndustry {
  @PrimaryColumn({ type: 'uuid' })
  clusterId!: string;

  @ManyToOne(ORGANIZATION_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: unknown;

  /** One of the cluster's strength areas (organizations.strength_areas). */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  strengthArea!: string;

  /** Canonical DB07: a section (`J`), a division (`62`) or a subclass (`62.01.00`). */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  industryCode!: string;
}
