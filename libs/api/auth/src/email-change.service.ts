import { ConflictException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { fieldError } from '@videnbro/http';
import { MailPort } from '@videnbro/mail';
import { randomBytes } from 'node:crypto';
import { emailChangeConfirmationMail, emailChangeNoticeMail, sendInBackground } from './account-mails';
import { AccountTokensRepository } from './account-tokens.repository';
import { invalidLink } from './password-reset.service';
import { hashToken } from './sessions.service';
import { normaliseEmail } from './users.repository';
import { User } from './entities/user.entity';
import { UsersService } from './users.service';

export const EMAIL_CHANGE_MINUTES = 24 * 60;

/** A new email address takes effect only when a link mailed to it is opened. */
@Injectable()
export class EmailChangeService {
  private readonly logger = new Logger('EmailChange');

  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccountTokensRepository,
    private readonly mail: MailPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Mails a link to the new address and a notice to the current one (the caller has confirmed the
   * password). An address that belongs to another account gets the same answer and no mail: whose it
   * is stays unsaid.
   */
  async request(user: User, newEmail: string): Promise<void> {
    const address = normaliseEmail(newEmail);
    if (address === user.email) {
      throw fieldError(HttpStatus.BAD_REQUEST, 'newEmail', 'This is already the address of your account');
    }
    if (await this.users.findByEmail(address)) return;
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.tokens.issue(
      {
        userId: user.id,
        purpose: 'email_change',
        tokenHash: hashToken(token),
        newEmail: address,
        expiresAt: new Date(now.getTime() + EMAIL_CHANGE_MINUTES * 60_000),
      },
      now,
    );
    const link = `${this.config.publicUrl}/confirm-email/${token}`;
    const recipient = { locale: user.locale, name: user.name };
    sendInBackground(
      this.mail,
      emailChangeConfirmationMail({ ...recipient, to: address, link, validMinutes: EMAIL_CHANGE_MINUTES }),
      this.logger,
    );
    sendInBackground(this.mail, emailChangeNoticeMail({ ...recipient, to: user.email }), this.logger);
  }

  /** Moves the account to the confirmed address. */
  async confirm(token: string): Promise<void> {
    const result = await this.tokens.confirmEmail(hashToken(token), new Date());
    if (result.outcome === 'invalid') throw invalidLink();
    if (result.outcome === 'taken') {
      throw new ConflictException('This address is no longer available; ask for a change to another address');
    }
  }
}
