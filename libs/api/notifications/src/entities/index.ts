export { NotificationDigest } from './notification-digest.entity';
export { NotificationPreference } from './notification-preference.entity';
export { Notification, STORED_DELIVERIES } from './notification.entity';
export type { NotificationParams, StoredDelivery } from './notification.entity';
