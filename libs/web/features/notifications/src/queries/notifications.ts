import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@videnbro/api-client';
import { request, useApi, type ApiRequestError } from '@videnbro/web-core';
import { notificationKeys } from './keys';

type Schemas = components['schemas'];
export type Notification = Schemas['NotificationDto'];
export type NotificationPage = Schemas['NotificationPageDto'];
export type NotificationPreference = Schemas['NotificationPreferenceDto'];
export type PreferencesUpdate = Schemas['UpdateNotificationPreferencesDto'];

export const PAGE_SIZE = 20;
/** The bell asks for the unread count about once a minute. */
export const UNREAD_POLL_MS = 60_000;

/** A page of the user's notifications, newest first; only the unread ones when asked. */
export function useNotifications(filters: { page: number; unread: boolean }) {
  const api = useApi();
  return useQuery<NotificationPage, ApiRequestError>({
    queryKey: notificationKeys.list(filters),
    queryFn: () =>
      request(() =>
        api.GET('/api/v1/notifications', {
          params: {
            query: { page: filters.page, limit: PAGE_SIZE, unread: filters.unread || undefined },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** How many notifications are unread, asked again every minute while the app is open. */
export function useUnreadCount() {
  const api = useApi();
  return useQuery<number, ApiRequestError>({
    queryKey: notificationKeys.unreadCount,
    queryFn: async () => (await request(() => api.GET('/api/v1/notifications/unread-count'))).count,
    refetchInterval: UNREAD_POLL_MS,
  });
}

/** Marking read changes the list and the bell's count: both are read again. */
function useReadChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}

export function useMarkRead() {
  const api = useApi();
  const changed = useReadChanged();
  return useMutation<Notification, ApiRequestError, { id: string }>({
    mutationFn: ({ id }) =>
      request(() => api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: changed,
  });
}

export function useMarkAllRead() {
  const api = useApi();
  const changed = useReadChanged();
  return useMutation<number, ApiRequestError, void>({
    mutationFn: async () => (await request(() => api.POST('/api/v1/notifications/read-all'))).count,
    onSuccess: changed,
  });
}

/** Every kind with how it is delivered to the user. */
export function usePreferences() {
  const api = useApi();
  return useQuery<NotificationPreference[], ApiRequestError>({
    queryKey: notificationKeys.preferences,
    queryFn: () => request(() => api.GET('/api/v1/notification-preferences')),
  });
}

/** Changes the kinds named; the answer is every kind again. */
export function useUpdatePreferences() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<NotificationPreference[], ApiRequestError, PreferencesUpdate>({
    mutationFn: (body) => request(() => api.PUT('/api/v1/notification-preferences', { body })),
    onSuccess: (preferences) => queryClient.setQueryData(notificationKeys.preferences, preferences),
  });
}
