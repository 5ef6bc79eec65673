import { PARTICIPATION_ROLE_IDS } from '@videnbro/domain';
import type { ParticipationRole } from '@videnbro/domain';
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
import { Activity } from './activity.entity';
import { inList } from './checks';
import { ORGANIZATION_ENTITY } from './refs';
import type { OrganizationRef } from './refs';

/** An organisation's part in an activity: one row per organisation per activity. */
@Entity('activity_participations')
@Index('uq_activity_participations_pair', ['activityId', 'organizationId'], { unique: true })
@Check('ck_activity_participations_role', inList('role', PARTICIPATION_ROLE_IDS))
@Check('ck_activity_participations_persons', `"persons" >= 1`)
export class Participation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Lookups by activity use the unique (activity_id, organization_id) index.
  @Column({ type: 'uuid' })
  activityId!: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Activity;

  @Index('ix_activity_participations_organization')
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(ORGANIZATION_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationRef;

  @Column({ type: 'varchar', length: 20 })
  role!: ParticipationRole;

  /** How many people from the organisation took part. */
  @Column({ type: 'int', default: 1 })
  persons!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
