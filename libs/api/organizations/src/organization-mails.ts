import type { Locale } from '@videnbro/domain';
import { paragraphsMail } from '@videnbro/mail';
import type { MailMessage } from '@videnbro/mail';
import type { OrganizationRole } from './entities';

const ROLE_NAMES: Record<Locale, Record<OrganizationRole, string>> = {
  da: { owner: 'ejer', admin: 'administrator', member: 'medlem' },
  en: { owner: 'owner', admin: 'admin', member: 'member' },
};

function formatDate(date: Date, locale: Locale): string {
  return date.toLocaleDateString(locale === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  });
}

export interface InvitationMail {
  to: string;
  locale: Locale;
  organizationName: string;
  inviterName: string;
  role: OrganizationRole;
  link: string;
  expiresAt: Date;
}

export function invitationMail(mail: InvitationMail): MailMessage {
  const role = ROLE_NAMES[mail.locale][mail.role];
  const expires = formatDate(mail.expiresAt, mail.locale);
  if (mail.locale === 'da') {
    return paragraphsMail(
      mail.to,
      `Du er inviteret til ${mail.organizationName} på Videnbro`,
      [
        'Hej',
        `${mail.inviterName} har inviteret dig til ${mail.organizationName} på Videnbro som ${role}.`,
        'Åbn linket for at tage imod invitationen:',
        mail.link,
        `Linket kan bruges én gang og udløber ${expires}. Forventede du ikke denne mail, kan du se bort fra den.`,
      ],
      mail.link,
    );
  }
  return paragraphsMail(
    mail.to,
    `You are invited to ${mail.organizationName} on Videnbro`,
    [
      'Hello',
      `${mail.inviterName} has invited you to join ${mail.organizationName} on Videnbro as ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}.`,
      'Open the link to accept the invitation:',
      mail.link,
      `The link works once and expires on ${expires}. If you did not expect this email, you can ignore it.`,
    ],
    mail.link,
  );
}

export interface JoinRequestMail {
  to: string;
  locale: Locale;
  organizationName: string;
  requesterName: string;
  requesterEmail: string;
  message: string | null;
  link: string;
}

export function joinRequestMail(mail: JoinRequestMail): MailMessage {
  const who = `${mail.requesterName} (${mail.requesterEmail})`;
  if (mail.locale === 'da') {
    return paragraphsMail(
      mail.to,
      `${mail.requesterName} vil gerne være med i ${mail.organizationName}`,
      [
        'Hej',
        `${who} har bedt om at blive medlem af ${mail.organizationName} på Videnbro.`,
        ...(mail.message ? [`Besked: ${mail.message}`] : []),
        'Godkend eller afvis anmodningen her:',
        mail.link,
      ],
      mail.link,
    );
  }
  return paragraphsMail(
    mail.to,
    `${mail.requesterName} asks to join ${mail.organizationName}`,
    [
      'Hello',
      `${who} has asked to become a member of ${mail.organizationName} on Videnbro.`,
      ...(mail.message ? [`Message: ${mail.message}`] : []),
      'Approve or reject the request here:',
      mail.link,
    ],
    mail.link,
  );
}
