/** The pages of this feature. */
export const NOTIFICATION_ROUTES = {
  notifications: '/notifications',
  settings: '/settings/notifications',
  savedSearches: '/saved-searches',
} as const;
