import { entriesOf, type LabelledEntry, type LocalizedText } from './labels';

// ---------------------------------------------------------------------------------------------------------
// Notifications: what a user is told about, and how

export const NOTIFICATION_KIND_IDS = [
  'case_assigned',
  'introduction_proposed',
  'consent_answered',
  'stage_changed',
  'message',
  'saved_search_match',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KIND_IDS)[number];

export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, LocalizedText>> = {
  case_assigned: { da: 'Sag tildelt', en: 'Case assigned' },
  introduction_proposed: { da: 'Introduktion foreslået', en: 'Introduction proposed' },
  consent_answered: { da: 'Samtykke givet eller afvist', en: 'Consent given or declined' },
  stage_changed: { da: 'Sagens fase ændret', en: 'Case stage changed' },
  message: { da: 'Ny besked', en: 'New message' },
  saved_search_match: { da: 'Nyt fund til en gemt søgning', en: 'New match for a saved search' },
};

export const NOTIFICATION_KINDS: readonly LabelledEntry<NotificationKind>[] = entriesOf(
  NOTIFICATION_KIND_IDS,
  NOTIFICATION_KIND_LABELS,
);

/** How a user wants a kind delivered: always in the app, plus a mail at once, in the daily digest, or not at all. */
export const NOTIFICATION_DELIVERY_IDS = ['in_app', 'email', 'digest', 'off'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERY_IDS)[number];

export const NOTIFICATION_DELIVERY_LABELS: Readonly<Record<NotificationDelivery, LocalizedText>> = {
  in_app: { da: 'Kun i appen', en: 'In the app only' },
  email: { da: 'E-mail med det samme', en: 'Email immediately' },
  digest: { da: 'Daglig opsamling', en: 'Daily digest' },
  off: { da: 'Fra', en: 'Off' },
};

export const NOTIFICATION_DELIVERIES: readonly LabelledEntry<NotificationDelivery>[] = entriesOf(
  NOTIFICATION_DELIVERY_IDS,
  NOTIFICATION_DELIVERY_LABELS,
);

/**
 * The delivery of a kind for a user who has not chosen one. An introduction proposal mails at once,
 * since its mail carries the link to answer it; saved-search matches can be many, so they wait for the digest.
 */
export const DEFAULT_NOTIFICATION_DELIVERY: Readonly<Record<NotificationKind, NotificationDelivery>> = {
  case_assigned: 'email',
  introduction_proposed: 'email',
  consent_answered: 'email',
  stage_changed: 'in_app',
  message: 'email',
  saved_search_match: 'digest',
};

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KIND_IDS as readonly string[]).includes(value);
}
