import type { Locale } from '@videnbro/domain';
import { paragraphsMail } from '@videnbro/mail';
import type { MailMessage } from '@videnbro/mail';

export interface IntroductionProposedMail {
  to: string;
  locale: Locale;
  recipientName: string;
  /** The recipient's organisation and the one it is introduced to (names only: no contact persons). */
  organizationName: string;
  counterpartName: string;
  /** The need or competence the case is about, if any. */
  subject: string | null;
  clusterName: string;
  link: string;
  expiresAt: Date;
}

function formatDate(date: Date, locale: Locale): string {
  return date.toLocaleDateString(locale === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  });
}

/** A cluster proposes an introduction: the party accepts or declines through the signed link. */
export function introductionProposedMail(mail: IntroductionProposedMail): MailMessage {
  const expires = formatDate(mail.expiresAt, mail.locale);
  if (mail.locale === 'da') {
    return paragraphsMail(
      mail.to,
      `${mail.clusterName} foreslår at introducere ${mail.organizationName} for ${mail.counterpartName}`,
      [
        `Hej ${mail.recipientName}`,
        `${mail.clusterName} vil gerne introducere ${mail.organizationName} for ${mail.counterpartName}` +
          (mail.subject ? ` om "${mail.subject}".` : '.'),
        'Kontaktoplysninger deles først, når begge parter har sagt ja. Åbn linket for at sige ja eller nej tak:',
        mail.link,
        `Linket kan bruges én gang og udløber ${expires}. Du kan også svare under Sager, når du er logget ind på Videnbro.`,
      ],
      mail.link,
    );
  }
  return paragraphsMail(
    mail.to,
    `${mail.clusterName} proposes to introduce ${mail.organizationName} to ${mail.counterpartName}`,
    [
      `Hello ${mail.recipientName}`,
      `${mail.clusterName} would like to introduce ${mail.organizationName} to ${mail.counterpartName}` +
        (mail.subject ? ` about "${mail.subject}".` : '.'),
      'Contact details are shared only when both parties have accepted. Open the link to accept or decline:',
      mail.link,
      `The link works once and expires on ${expires}. You can also answer under Cases when signed in to Videnbro.`,
    ],
    mail.link,
  );
}
