import { POSTING_STATUS_IDS, TAG_LIMITS, TITLE_LENGTH, VISIBILITY_IDS } from '@videnbro/domain';
import type { CollaborationFormat, Language, PostingStatus, RegionId, Visibility } from '@videnbro/domain';
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
import { ORGANIZATION_ENTITY, USER_ENTITY } from './refs';
import type { OrganizationRef, UserRef } from './refs';

/**
 * What needs and competencies share: each is a table of its own (concrete table inheritance) with
 * these columns. The description is Markdown, stored as written; the web app renders it safely.
 */
export abstract class Posting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(ORGANIZATION_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationRef;

  /** Who created it; null once that account is deleted. */
  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(USER_ENTITY, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  author?: UserRef | null;

  /** A member of the organisation whom partners contact; shown only inside the organisation. */
  @Column({ type: 'uuid', nullable: true })
  contactUserId!: string | null;

  @ManyToOne(USER_ENTITY, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_user_id' })
  contact?: UserRef | null;

  @Column({ type: 'varchar', length: TITLE_LENGTH.max })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  /** Trimmed, lower-case, without duplicates (normaliseTags). */
  @Column({ type: 'varchar', length: TAG_LIMITS.maxLength, array: true, default: () => "'{}'" })
  tags!: string[];

  /** Collaboration formats. */
  @Column({ type: 'varchar', length: 30, array: true, default: () => "'{}'" })
  formats!: CollaborationFormat[];

  @Column({ type: 'varchar', length: 20, nullable: true })
  regionPreference!: RegionId | null;

  @Column({ type: 'varchar', length: 10, array: true, default: () => "'{}'" })
  languages!: Language[];

  @Column({ type: 'varchar', length: 10 })
  visibility!: Visibility;

  @Column({ type: 'varchar', length: 15, default: 'draft' })
  status!: PostingStatus;

  /** The id of the record in the system it was imported from. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt!: Date | null;
}

// TypeORM compares check constraints by name only: rename the check when its list changes.
const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;

/** The table of one posting type, with the same indexes and checks for each (named after the table). */
export function PostingTable(table: string): ClassDecorator {
  return (target) => {
    Entity(table)(target);
    Index(`ix_${table}_organization`, ['organizationId', 'createdAt'])(target);
    // An imported record is found by its externalId: one per type.
    Index(`uq_${table}_external_id`, ['externalId'], { unique: true, where: '"external_id" IS NOT NULL' })(
      target,
    );
    Check(`ck_${table}_visibility`, inList('visibility', VISIBILITY_IDS))(target);
    Check(`ck_${table}_status`, inList('status', POSTING_STATUS_IDS))(target);
  };
}
