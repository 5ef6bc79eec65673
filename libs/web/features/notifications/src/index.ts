import type { LazyTranslationBundle } from '@videnbro/web-core';
import { lazy } from 'react';

/** Its texts load with the first component that needs them, in a chunk of their own. */
export const notificationsTranslations: LazyTranslationBundle = {
  namespace: 'notifications',
  load: () => import('./i18n/translations').then((texts) => texts.notificationsTranslations),
};
export { NOTIFICATION_ROUTES } from './lib/paths';

/**
 * The bell for the app header, with its texts, in a chunk of its own: the app shows it inside a
 * `<Suspense>` of its own, so the frame never waits for it.
 */
export const NotificationBell = lazy(() => import('./components/notification-bell'));

/** The pages, each its own chunk, loaded when its route is first shown. */
export const NotificationsPage = lazy(() => import('./pages/notifications-page'));
export const NotificationSettingsPage = lazy(() => import('./pages/notification-settings-page'));
export const SavedSearchesPage = lazy(() => import('./pages/saved-searches-page'));
export type { SavedSearchesPageProps } from './pages/saved-searches-page';
