import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { LoginThrottleRepository } from './login-throttle.repository';

const WINDOW_MS = 15 * 60_000;
const MAX_BLOCK_MS = 15 * 60_000;
/** Free failures before backoff starts: per account (email) and per client IP. */
const FREE_FAILURES = { email: 5, ip: 50 };

/** Password-reset mails per address and hour; more requests get the same answer but no mail. */
export const RESET_REQUESTS_PER_HOUR = 3;

/** The address as a throttle key: hashed, so the table holds no email addresses. */
function emailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 40);
}

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
    return { email: `email:${emailKey(email)}`, ip: `ip:${ip}` };
  }

  /**
   * Counts a password-reset request for the address and says whether it is within the allowance
   * (RESET_REQUESTS_PER_HOUR). Counted for unknown addresses too, so the answer reveals nothing.
   */
  async allowResetRequest(email: string): Promise<boolean> {
    const count = await this.throttle.countInWindow(`reset:${emailKey(email)}`, new Date(), 60 * 60_000);
    return count <= RESET_REQUESTS_PER_HOUR;
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
