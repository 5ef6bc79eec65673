import { CASE_PARTY_IDS, CONSENT_STATUS_IDS } from '@videnbro/domain';
import type { CaseParty, ConsentStatus } from '@videnbro/domain';
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
import { Case } from './case.entity';
import { inList, USER_ENTITY } from './refs';

/**
 * One party's answer to a proposed introduction. The email link's token is shown only in the mail;
 * the row holds its SHA-256, its expiry and when it was used (once).
 */
@Entity('case_consents')
@Index('uq_case_consents_party', ['caseId', 'party'], { unique: true })
@Index('uq_case_consents_token', ['tokenHash'], { unique: true })
@Check('ck_case_consents_party', inList('party', CASE_PARTY_IDS))
@Check('ck_case_consents_status', inList('status', CONSENT_STATUS_IDS))
export class CaseConsent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column({ type: 'varchar', length: 15 })
  party!: CaseParty;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: ConsentStatus;

  /** Why the party declined; brokers only. */
  @Column({ type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredBy!: string | null;

  @ManyToOne(USER_ENTITY, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by' })
  answerer?: { id: string } | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  tokenExpiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  tokenUsedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
