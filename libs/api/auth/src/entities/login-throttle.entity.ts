import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-in counters, keyed by client IP or by a hash of the email (whether or not an account
 * exists, so the answer never reveals one). Kept in Postgres so every api replica sees the same count.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'int' })
  failures!: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
