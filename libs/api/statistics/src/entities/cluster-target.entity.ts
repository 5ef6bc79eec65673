import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ORGANIZATION_ENTITY } from './refs';

/** What the programme expects of a cluster: a figure's target value in a year (the 5-year evaluation). */
@Entity('cluster_targets')
export class ClusterTarget {
  @PrimaryColumn({ type: 'uuid' })
  clusterId!: string;

  @ManyToOne(ORGANIZATION_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: unknown;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  /** A statistics figure id (FIGURE_IDS). */
  @PrimaryColumn({ type: 'varchar', length: 60 })
  figure!: string;

  /** In the figure's unit: a count, a share (0–1), DKK or a ratio. */
  @Column({ type: 'numeric' })
  target!: string;
}
