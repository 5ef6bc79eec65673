import type { OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { MailMessage, MailPort } from './mail.port';

/** Production transport: SMTP through nodemailer, to the server in `SMTP_URL`. */
export class SmtpMailTransport extends MailPort implements OnModuleDestroy {
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transporter = createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
    });
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
