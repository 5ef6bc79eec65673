import { CASE_STAGE_LABELS, isCaseStage, label } from '@videnbro/domain';
import type { Locale, NotificationKind } from '@videnbro/domain';
import { paragraphsMail } from '@videnbro/mail';
import type { MailMessage } from '@videnbro/mail';
import type { NotificationParams } from './entities';

/** A notification as its mail needs it. */
export interface MailedNotification {
  kind: NotificationKind;
  params: NotificationParams;
  /** The app path; the mail links to it on the public URL. */
  link: string;
}

export interface MailRecipient {
  email: string;
  name: string;
  locale: Locale;
}

const text = (params: NotificationParams, key: string) => String(params[key] ?? '');

function stage(value: unknown, locale: Locale): string {
  return isCaseStage(value) ? label(CASE_STAGE_LABELS[value], locale).toLowerCase() : String(value ?? '');
}

/** The organisation of a side of the case, by its name in the params. */
const sideName = (params: NotificationParams, side: unknown) =>
  text(params, side === 'institution' ? 'institution' : 'company');
const otherSideName = (params: NotificationParams, side: unknown) =>
  sideName(params, side === 'institution' ? 'company' : 'institution');

/**
 * One line saying what happened, in the recipient's language: the subject of an immediate mail and
 * an item of the digest. Only params: names, stages, decisions; never a person or a reason.
 */
export function headline(n: MailedNotification, locale: Locale): string {
  const p = n.params;
  const pair = `${text(p, 'company')} ↔ ${text(p, 'institution')}`;
  const da = locale === 'da';
  switch (n.kind) {
    case 'case_assigned':
      if (p.via === 'owner_changed') {
        return da ? `Du er nu ansvarlig for sagen ${pair}` : `You now own the case ${pair}`;
      }
      if (p.via === 'handed_over') {
        return da
          ? `Sagen ${pair} er overdraget til ${text(p, 'cluster')}`
          : `The case ${pair} was handed over to ${text(p, 'cluster')}`;
      }
      if (p.via === 'joined') {
        return da ? `En ny henvendelse er føjet til sagen ${pair}` : `A new request joined the case ${pair}`;
      }
      return da ? `Ny sag til ${text(p, 'cluster')}: ${pair}` : `New case for ${text(p, 'cluster')}: ${pair}`;
    case 'introduction_proposed':
      return da
        ? `${text(p, 'cluster')} foreslår at introducere ${sideName(p, p.party)} for ${otherSideName(p, p.party)}`
        : `${text(p, 'cluster')} proposes to introduce ${sideName(p, p.party)} to ${otherSideName(p, p.party)}`;
    case 'consent_answered':
      if (p.decision === 'accepted') {
        return da
          ? `${sideName(p, p.party)} har sagt ja til introduktionen (${pair})`
          : `${sideName(p, p.party)} accepted the introduction (${pair})`;
      }
      return da
        ? `${sideName(p, p.party)} har sagt nej tak til introduktionen (${pair})`
        : `${sideName(p, p.party)} declined the introduction (${pair})`;
    case 'stage_changed':
      return da
        ? `Sagen ${pair} er flyttet fra ${stage(p.from, locale)} til ${stage(p.to, locale)}`
        : `The case ${pair} moved from ${stage(p.from, locale)} to ${stage(p.to, locale)}`;
    case 'message':
      return da ? `Ny besked i sagen ${pair}` : `New message in the case ${pair}`;
    case 'saved_search_match':
      return da
        ? `Nyt fund til "${text(p, 'savedSearchName')}": ${text(p, 'title')} (${text(p, 'organizationName')})`
        : `New match for "${text(p, 'savedSearchName')}": ${text(p, 'title')} (${text(p, 'organizationName')})`;
  }
}

/** The mail of one `email` notification: what happened and the link to it in the app. */
export function notificationMail(to: MailRecipient, n: MailedNotification, publicUrl: string): MailMessage {
  const link = `${publicUrl}${n.link}`;
  const da = to.locale === 'da';
  const subject = headline(n, to.locale);
  return paragraphsMail(
    to.email,
    subject,
    [
      da ? `Hej ${to.name}` : `Hello ${to.name}`,
      `${subject}.`,
      da ? 'Se mere i Videnbro:' : 'See more in Videnbro:',
      link,
      settingsLine(to.locale, publicUrl),
    ],
    link,
  );
}

/**
 * The daily digest: one line per notification with its link. An introduction proposal is answered in
 * the app (the signed link is mailed only to those who take it by email).
 */
export function digestMail(
  to: MailRecipient,
  items: readonly MailedNotification[],
  publicUrl: string,
): MailMessage {
  const da = to.locale === 'da';
  const lines = items.map((n) => {
    const answer = n.kind === 'introduction_proposed' ? (da ? ' Svar i appen.' : ' Answer in the app.') : '';
    return `• ${headline(n, to.locale)}.${answer}\n  ${publicUrl}${n.link}`;
  });
  const overview = `${publicUrl}/notifications`;
  return paragraphsMail(
    to.email,
    digestSubject(items.length, to.locale),
    [
      da ? `Hej ${to.name}` : `Hello ${to.name}`,
      da ? 'Det her er sket siden sidst:' : 'This is what happened since the last digest:',
      lines.join('\n'),
      da ? 'Alle dine notifikationer:' : 'All your notifications:',
      overview,
      settingsLine(to.locale, publicUrl),
    ],
    overview,
  );
}

function digestSubject(count: number, locale: Locale): string {
  if (locale === 'da') return `Videnbro: ${count} ${count === 1 ? 'ny notifikation' : 'nye notifikationer'}`;
  return `Videnbro: ${count} ${count === 1 ? 'new notification' : 'new notifications'}`;
}

function settingsLine(locale: Locale, publicUrl: string): string {
  return locale === 'da'
    ? `Vælg hvilke notifikationer du får, og hvordan: ${publicUrl}/settings/notifications`
    : `Choose which notifications you get, and how: ${publicUrl}/settings/notifications`;
}
