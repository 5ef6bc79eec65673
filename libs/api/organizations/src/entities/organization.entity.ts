import type { EmployeeBand, OrganizationKind, RegionId } from '@videnbro/domain';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A company, knowledge institution, cluster organisation or other organisation. Soft-deleted: a
 * deleted organisation keeps its history (audit, cluster statistics) but is gone from every answer.
 */
@Entity('organizations')
// A CVR number belongs to one live organisation; a deleted one no longer holds it.
@Index('uq_organizations_cvr', ['cvr'], { unique: true, where: '"cvr" IS NOT NULL AND "deleted_at" IS NULL' })
@Index('uq_organizations_external_id', ['externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_organizations_kind')
  @Column({ type: 'varchar', length: 30 })
  kind!: OrganizationKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** 8 digits, check digit verified. */
  @Column({ type: 'char', length: 8, nullable: true })
  cvr!: string | null;

  /** The id of the record in the system it was imported from. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId!: string | null;

  /** Demo data, seeded for trying the platform out. */
  @Column({ type: 'boolean', default: false })
  isDemo!: boolean;

  /** False for an organisation proposed from a participation CSV and not yet checked by anyone. */
  @Column({ type: 'boolean', default: true })
  verified!: boolean;

  @Column({ type: 'varchar', length: 10, nullable: true })
  employeeBand!: EmployeeBand | null;

  /** Canonical codes of `codeSystem`: sections (`J`), divisions (`62`) or subclasses (`62.01.00`). */
  @Column({ type: 'varchar', length: 10, array: true, default: () => "'{}'" })
  industryCodes!: string[];

  @Column({ type: 'varchar', length: 10, default: 'DB07' })
  codeSystem!: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2, default: 'DK' })
  country!: string;

  /** For Danish organisations; derived from the municipality when that is known. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  region!: RegionId | null;

  /** The municipality's id (`koebenhavn`, `aarhus`), for Danish organisations. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  municipality!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Languages the organisation works in (ISO 639-1). */
  @Column({ type: 'varchar', length: 10, array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  tags!: string[];

  /** Clusters only: the strength areas (styrkepositioner) the cluster works in. */
  @Column({ type: 'varchar', length: 100, array: true, default: () => "'{}'" })
  strengthAreas!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt!: Date | null;
}
