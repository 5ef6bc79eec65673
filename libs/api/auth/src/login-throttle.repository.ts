import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface ThrottleState {
  failures: number;
  blockedUntil: Date | null;
}

@Injectable()
export class LoginThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async blockedUntil(keys: string[], now: Date): Promise<Date | null> {
    const rows: { blocked_until: Date }[] = await this.dataSource.query(
      `select max(blocked_until) as blocked_until from login_throttle where key = any($1) and blocked_until > $2`,
      [keys, now],
    );
    return rows[0]?.blocked_until ?? null;
  }

  /** Counts one event for the key in one atomic statement (a window restarts after `windowMs`); returns the count. */
  async countInWindow(key: string, now: Date, windowMs: number): Promise<number> {
    const [row]: { failures: number }[] = await this.dataSource.query(
      `insert into login_throttle (key, failures, window_started_at, blocked_until)
       values ($1, 1, $2, null)
       on conflict (key) do update set
         failures = case when login_throttle.window_started_at < $3 then 1 else login_throttle.failures + 1 end,
         window_started_at = case when login_throttle.window_started_at < $3 then $2 else login_throttle.window_started_at end
       returning failures`,
      [key, now, new Date(now.getTime() - windowMs)],
    );
    return row.failures;
  }

  /** Counts one failure for the key, and stores the block the caller computes from the new count. */
  async recordFailure(
    key: string,
    now: Date,
    windowMs: number,
    blockFor: (failures: number) => number,
  ): Promise<ThrottleState> {
    const failures = await this.countInWindow(key, now, windowMs);
    const blockMs = blockFor(failures);
    const blockedUntil = blockMs > 0 ? new Date(now.getTime() + blockMs) : null;
    if (blockedUntil) {
      await this.dataSource.query(`update login_throttle set blocked_until = $2 where key = $1`, [
        key,
        blockedUntil,
      ]);
    }
    return { failures, blockedUntil };
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query(`delete from login_throttle where key = $1`, [key]);
  }
}
