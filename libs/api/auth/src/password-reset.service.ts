import { GoneException, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { MailPort } from '@videnbro/mail';
import { randomBytes } from 'node:crypto';
import { passwordResetMail, sendInBackground } from './account-mails';
import { AccountTokensRepository } from './account-tokens.repository';
import { LoginThrottleService } from './login-throttle.service';
import { hashToken } from './sessions.service';
import { UsersService } from './users.service';

export const PASSWORD_RESET_MINUTES = 60;

export const invalidLink = () => new GoneException('This link is invalid, used or expired');

/** Password reset by a single-use, expiring link mailed to the account's address. */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('PasswordReset');

  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccountTokensRepository,
    private readonly throttle: LoginThrottleService,
    private readonly mail: MailPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Mails a reset link when the address has an account and is within its hourly allowance. The caller
   * learns nothing either way: the same answer, and the request counted in both cases; the mail leaves
   * after the answer.
   */
  async request(email: string): Promise<void> {
    const allowed = await this.throttle.allowResetRequest(email);
    const user = await this.users.findByEmail(email);
    if (!user || !allowed) return;
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.tokens.issue(
      {
        userId: user.id,
        purpose: 'password_reset',
        tokenHash: hashToken(token),
        newEmail: null,
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_MINUTES * 60_000),
      },
      now,
    );
    const message = passwordResetMail({
      to: user.email,
      locale: user.locale,
      name: user.name,
      link: `${this.config.publicUrl}/reset-password/${token}`,
      validMinutes: PASSWORD_RESET_MINUTES,
    });
    sendInBackground(this.mail, message, this.logger);
  }

  /** Sets the new password, uses up the link and signs the account out everywhere. */
  async reset(token: string, password: string): Promise<void> {
    const hash = hashToken(token);
    const userId = await this.tokens.findUser('password_reset', hash, new Date());
    if (!userId) throw invalidLink();
    const user = await this.users.get(userId);
    // The rules first: a refused password leaves the link usable.
    const passwordHash = await this.users.hashNewPassword(password, user.email);
    if (!(await this.tokens.resetPassword(hash, passwordHash, new Date()))) throw invalidLink();
  }
}
