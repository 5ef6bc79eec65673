/** Stable TanStack Query keys of the notifications, their preferences and the saved searches. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (filters: { page: number; unread: boolean }) => ['notifications', 'list', filters] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  preferences: ['notification-preferences'] as const,
  savedSearches: ['saved-searches'] as const,
};
