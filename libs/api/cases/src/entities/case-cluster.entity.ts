import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Case } from './case.entity';
import { ORGANIZATION_ENTITY } from './refs';
import type { OrganizationRef } from './refs';

/** A cluster that brokers a case: the owner, and any co-brokering clusters. */
@Entity('case_clusters')
@Index('ix_case_clusters_cluster', ['clusterId', 'caseId'])
export class CaseCluster {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @PrimaryColumn({ type: 'uuid' })
  clusterId!: string;

  @ManyToOne(ORGANIZATION_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: OrganizationRef;
}
