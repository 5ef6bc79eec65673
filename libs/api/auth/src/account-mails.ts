import type { Logger } from '@nestjs/common';
import { paragraphsMail } from '@videnbro/mail';
import type { MailMessage, MailPort } from '@videnbro/mail';
import type { Locale } from './entities/user.entity';

export interface AccountLinkMail {
  to: string;
  locale: Locale;
  name: string;
  link: string;
  validMinutes: number;
}

export function passwordResetMail(mail: AccountLinkMail): MailMessage {
  if (mail.locale === 'da') {
    return paragraphsMail(
      mail.to,
      'Nulstil din adgangskode til Videnbro',
      [
        `Hej ${mail.name}`,
        'Nogen (forhåbentlig dig) har bedt om at nulstille adgangskoden til din konto på Videnbro. Åbn linket for at vælge en ny:',
        mail.link,
        `Linket kan bruges én gang og virker i ${mail.validMinutes} minutter. Når du har valgt en ny adgangskode, bliver du logget ud alle steder. Bad du ikke om det, kan du se bort fra denne mail.`,
      ],
      mail.link,
    );
  }
  return paragraphsMail(
    mail.to,
    'Reset your Videnbro password',
    [
      `Hello ${mail.name}`,
      'Someone (hopefully you) asked to reset the password of your Videnbro account. Open the link to choose a new one:',
      mail.link,
      `The link works once, for ${mail.validMinutes} minutes. Choosing a new password signs you out everywhere. If you did not ask for this, you can ignore this email.`,
    ],
    mail.link,
  );
}

export function emailChangeConfirmationMail(mail: AccountLinkMail): MailMessage {
  if (mail.locale === 'da') {
    return paragraphsMail(
      mail.to,
      'Bekræft din nye e-mailadresse på Videnbro',
      [
        `Hej ${mail.name}`,
        'Du har bedt om at bruge denne adresse til din konto på Videnbro. Åbn linket for at bekræfte:',
        mail.link,
        `Linket kan bruges én gang og virker i ${mail.validMinutes} minutter. Adressen skiftes først, når du har åbnet det.`,
      ],
      mail.link,
    );
  }
  return paragraphsMail(
    mail.to,
    'Confirm your new email address on Videnbro',
    [
      `Hello ${mail.name}`,
      'You asked to use this address for your Videnbro account. Open the link to confirm:',
      mail.link,
      `The link works once, for ${mail.validMinutes} minutes. The address changes only when you open it.`,
    ],
    mail.link,
  );
}

/** To the current address: a change was asked for, so the owner notices a change they did not make. */
export function emailChangeNoticeMail(mail: { to: string; locale: Locale; name: string }): MailMessage {
  const body =
    mail.locale === 'da'
      ? {
          subject: 'Din e-mailadresse på Videnbro skal skiftes',
          paragraphs: [
            `Hej ${mail.name}`,
            'Der er bedt om at skifte e-mailadressen på din konto på Videnbro. Skiftet sker først, når den nye adresse er bekræftet.',
            'Var det ikke dig, så skift din adgangskode med det samme.',
          ],
        }
      : {
          subject: 'Your Videnbro email address is about to change',
          paragraphs: [
            `Hello ${mail.name}`,
            'A change of the email address of your Videnbro account was requested. It takes effect only when the new address is confirmed.',
            'If this was not you, change your password right away.',
          ],
        };
  return paragraphsMail(mail.to, body.subject, body.paragraphs, '');
}

/**
 * Sends without holding up the answer, so its time does not tell whether a mail went out (or to an
 * account that exists). A failure is logged without the address.
 */
export function sendInBackground(port: MailPort, message: MailMessage, logger: Logger): void {
  port.send(message).catch((error: unknown) => {
    logger.warn(`Could not send "${message.subject}": ${error instanceof Error ? error.message : error}`);
  });
}
