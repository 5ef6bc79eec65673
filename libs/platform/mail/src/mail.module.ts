import { Global, Logger, Module } from '@nestjs/common';
import { APP_CONFIG } from '@videnbro/config';
import type { AppConfig } from '@videnbro/config';
import { FileMailTransport } from './file-mail.transport';
import { MailPort } from './mail.port';
import { SmtpMailTransport } from './smtp-mail.transport';

/** The transport the configuration asks for: SMTP when SMTP_URL is set, else files under DATA_DIR/mail. */
export function createMailTransport(config: Pick<AppConfig, 'env' | 'dataDir' | 'mail'>): MailPort {
  if (config.mail.smtpUrl) return new SmtpMailTransport(config.mail.smtpUrl, config.mail.from);
  if (config.env === 'production') {
    new Logger('Mail').warn('SMTP_URL is not set: mail is written to files under DATA_DIR/mail, not sent');
  }
  return new FileMailTransport(config.dataDir, config.mail.from, config.env === 'development');
}

/** Provides the MailPort everywhere (`constructor(private readonly mail: MailPort)`). */
@Global()
@Module({
  providers: [{ provide: MailPort, inject: [APP_CONFIG], useFactory: createMailTransport }],
  exports: [MailPort],
})
export class MailModule {}
