import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { LoginThrottleRepository } from './login-throttle.repository';

const WINDOW_MS = 15 * 60_000;
const MAX_BLOCK_MS = 15 * 60_000;
/** Free failures before backoff starts: per account (email) and per client IP. */
const FREE_FAILURES = { email: 5, ip: 50 };

/** Exponential backoff: 1 s after the first failure past the free ones, doubling, at most 15 minutes. */
export function backoffMs(failures: number, free: number): number {
  if (failures <= free) return 0;
  return Math.min(1000 * 2 ** (failures - free - 1), MAX_BLOCK_MS);
}

/** Slows down password guessing per account and per IP, with the same answer for unknown emails. */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly throttle: LoginThrottleRepository) {}

  private keys(email: string, ip: string) {
    const emailHash = createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 40);
    return { email: `email:${emailHash}`, ip: `ip:${ip}` };
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const { email: emailKey, ip: ipKey } = this.keys(email, ip);
    const until = await this.throttle.blockedUntil([emailKey, ipKey], new Date());
    if (until) {
      const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
      throw new HttpException(
        { message: `Too many failed sign-ins. Try again in ${seconds} seconds.`, retryAfterSeconds: seconds },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const now = new Date();
    await this.throttle.recordFailure(keys.email, now, WINDOW_MS, (n) => backoffMs(n, FREE_FAILURES.email));
    await this.throttle.recordFailure(keys.ip, now, WINDOW_MS, (n) => backoffMs(n, FREE_FAILURES.ip));
  }

  async recordSuccess(email: string): Promise<void> {
    await this.throttle.clear(this.keys(email, '').email);
  }
}
