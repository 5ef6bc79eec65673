import type { NotificationKind } from '@videnbro/domain';
import type { NotificationParams, StoredDelivery } from './entities';

/** Something to tell one user: what `NotificationsService.notify` takes. */
export interface Notice {
  userId: string;
  kind: NotificationKind;
  /** An app path, such as `/cases/<id>`. */
  link: string;
  /** Names, stage, decision: never contact persons before consent, never a decline reason. */
  params: NotificationParams;
  /** Unique per user: a notice whose key the user already has is not written again. */
  dedupeKey: string;
  /**
   * The caller mails this notice itself after its commit (the introduction mail with its signed
   * link): an `email` row is then stored as mailed, so the user gets one mail, not two.
   */
  mailedByCaller?: boolean;
}

/** A notification `notify` wrote. */
export interface WrittenNotice {
  id: string;
  userId: string;
  kind: NotificationKind;
  dedupeKey: string;
  delivery: StoredDelivery;
}
