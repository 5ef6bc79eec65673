import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Activity } from './activity.entity';
import { CASE_ENTITY } from './refs';

/** A case an activity led to or came from; the case is brokered by one of the activity's clusters. */
@Entity('activity_cases')
// Deleting a case cascades here, which looks links up by case.
@Index('ix_activity_cases_case', ['caseId'])
export class ActivityCase {
  @PrimaryColumn({ type: 'uuid' })
  activityId!: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Activity;

  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(CASE_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: { id: string };
}
