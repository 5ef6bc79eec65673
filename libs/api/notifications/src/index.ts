export type { NotificationParams, StoredDelivery } from './entities';
export { Notification, NotificationDigest, NotificationPreference } from './entities';
export type { Notice, WrittenNotice } from './notice';
export { NotificationMailer } from './notification-mailer';
export {
  NotificationCentreModule,
  NotificationMailLoopModule,
  NotificationMailModule,
  NotificationsModule,
} from './notifications.module';
export { NotificationsService } from './notifications.service';

import { Notification, NotificationDigest, NotificationPreference } from './entities';
export const notificationEntities = [Notification, NotificationPreference, NotificationDigest];
