import type { PlatformRole } from '@videnbro/access';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored trimmed and lower-cased, so uniqueness is case-insensitive. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 2, default: 'da' })
  locale!: Locale;

  /** argon2id, in the PHC string format (parameters travel with the hash). */
  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  /** Platform roles only; rights within organisations come from memberships. */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  roles!: PlatformRole[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
