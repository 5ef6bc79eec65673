import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** The users table belongs to the auth feature, which this one may not import: the relation names it. */
const USER_ENTITY = 'User';

/** The text and filters of a search as `GET /search` takes them (lists as arrays). */
export interface SavedSearchQuery {
  q?: string;
  types?: string[];
  kind?: string[];
  region?: string[];
  formats?: string[];
  tags?: string[];
  cluster?: string;
}

export const SAVED_SEARCH_NAME_MAX = 100;

/** A search a user saved, to be told when new needs or competencies match it. */
@Entity('saved_searches')
@Index('ix_saved_searches_user', ['userId', 'createdAt'])
// The job takes the searches that are furthest behind first.
@Index('ix_saved_searches_watermark', ['watermark'])
export class SavedSearch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(USER_ENTITY, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: { id: string };

  @Column({ type: 'varchar', length: SAVED_SEARCH_NAME_MAX })
  name!: string;

  @Column({ type: 'jsonb' })
  query!: SavedSearchQuery;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /**
   * Changes the search index took in up to this moment have been checked against the search; only
   * later ones can bring news. Starts at creation: what existed before was already in the results.
   */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  watermark!: Date;
}
