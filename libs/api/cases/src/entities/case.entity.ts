import {
  CASE_ORIGIN_IDS,
  CASE_ROUTING_IDS,
  CASE_STAGE_IDS,
  CASE_NEXT_ACTION_MAX_LENGTH,
  COLLABORATION_TYPE_IDS,
} from '@videnbro/domain';
import type { CaseOrigin, CaseRouting, CaseStage, CollaborationType } from '@videnbro/domain';
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
import { COMPETENCE_ENTITY, inList, NEED_ENTITY, ORGANIZATION_ENTITY, USER_ENTITY } from './refs';
import type { OrganizationRef } from './refs';

/** While a case is open, a second request for the same company, institution and need joins it. */
const OPEN = `"stage" NOT IN ('funded', 'declined')`;

/**
 * A case: a broker's pipeline item introducing a company to a knowledge institution, optionally about
 * a need and a competence. Its clusters are in case_clusters (the owner among them); what happened is
 * in case_events.
 */
@Entity('cases')
// One open case per (company, institution, need): two partial indexes, since a null need is not equal
// to another null in a unique index.
@Index('uq_cases_open_with_need', ['companyId', 'institutionId', 'needId'], {
  unique: true,
  where: `"need_id" IS NOT NULL AND ${OPEN}`,
})
@Index('uq_cases_open_without_need', ['companyId', 'institutionId'], {
  unique: true,
  where: `"need_id" IS NULL AND ${OPEN}`,
})
@Index('ix_cases_owner_cluster_stage', ['ownerClusterId', 'stage'])
@Index('ix_cases_institution', ['institutionId'])
@Check('ck_cases_stage', inList('stage', CASE_STAGE_IDS))
@Check('ck_cases_origin', inList('origin', CASE_ORIGIN_IDS))
@Check('ck_cases_routing', inList('routing', CASE_ROUTING_IDS))
@Check(
  'ck_cases_collaboration_type',
  `"collaboration_type" IS NULL OR ${inList('collaboration_type', COLLABORATION_TYPE_IDS)}`,
)
@Check('ck_cases_applications', `"applications_submitted" >= 0`)
export class Case {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  companyId!: string;

  @ManyToOne(ORGANIZATION_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: OrganizationRef;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @ManyToOne(ORGANIZATION_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'institution_id' })
  institution?: OrganizationRef;

  @Column({ type: 'uuid', nullable: true })
  needId!: string | null;

  @ManyToOne(NEED_ENTITY, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'need_id' })
  need?: { id: string } | null;

  @Column({ type: 'uuid', nullable: true })
  competenceId!: string | null;

  @ManyToOne(COMPETENCE_ENTITY, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'competence_id' })
  competence?: { id: string } | null;

  /** The cluster that runs the case; it is in case_clusters too, with any co-brokering clusters. */
  @Column({ type: 'uuid' })
  ownerClusterId!: string;

  @ManyToOne(ORGANIZATION_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_cluster_id' })
  ownerCluster?: OrganizationRef;

  @Column({ type: 'varchar', length: 25, default: 'suggested' })
  stage!: CaseStage;

  @Column({ type: 'varchar', length: 25 })
  origin!: CaseOrigin;

  /** How the owner cluster was chosen, and the strength areas that decided it (strength_areas). */
  @Column({ type: 'varchar', length: 25 })
  routing!: CaseRouting;

  @Column({ type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  routingTerms!: string[];

  /** Who asked for it; null once that account is deleted. */
  @Column({ type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @ManyToOne(USER_ENTITY, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by' })
  requester?: { id: string } | null;

  /** The broker responsible. */
  @Column({ type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @ManyToOne(USER_ENTITY, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id' })
  ownerUser?: { id: string } | null;

  @Column({ type: 'varchar', length: CASE_NEXT_ACTION_MAX_LENGTH, nullable: true })
  nextAction!: string | null;

  /** YYYY-MM-DD; overdue when before today. */
  @Column({ type: 'date', nullable: true })
  nextActionDue!: string | null;

  @Column({ type: 'varchar', length: 25, nullable: true })
  collaborationType!: CollaborationType | null;

  @Column({ type: 'int', default: 0 })
  applicationsSubmitted!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
