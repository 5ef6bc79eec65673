import {
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Pagination,
  Paper,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { describeApiError } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { notificationText } from '../lib/notification-text';
import { NOTIFICATION_ROUTES } from '../lib/paths';
import {
  PAGE_SIZE,
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  useUnreadCount,
  type Notification,
} from '../queries/notifications';

/**
 * `/notifications`: the notification centre. Newest first, the unread ones marked; each links to
 * what it is about (following the link marks it read), can be marked read on its own, or all at
 * once. `?unread=true` shows only the unread ones; `page` pages.
 */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const [params, setParams] = useSearchParams();
  const unread = params.get('unread') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const notifications = useNotifications({ page, unread });
  const unreadCount = useUnreadCount();
  const markAll = useMarkAllRead();
  const [announcement, setAnnouncement] = useState('');

  const show = (filters: { unread: boolean; page: number }) => {
    const next = new URLSearchParams();
    if (filters.unread) next.set('unread', 'true');
    if (filters.page > 1) next.set('page', String(filters.page));
    setParams(next);
  };

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('centre.title')}</PageTitle>
        <Text>{t('centre.intro')}</Text>
        <Group gap="md" mt="xs">
          <Anchor component={Link} to={NOTIFICATION_ROUTES.settings}>
            {t('centre.settings')}
          </Anchor>
          <Anchor component={Link} to={NOTIFICATION_ROUTES.savedSearches}>
            {t('centre.savedSearches')}
          </Anchor>
        </Group>
      </div>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('centre.show')}
          value={unread ? 'unread' : 'all'}
          onChange={(value) => show({ unread: value === 'unread', page: 1 })}
          data={[
            { value: 'all', label: t('centre.all') },
            { value: 'unread', label: t('centre.unread') },
          ]}
        />
        <Button
          variant="light"
          disabled={!unreadCount.data}
          loading={markAll.isPending}
          onClick={() =>
            markAll.mutate(undefined, {
              onSuccess: (count) => setAnnouncement(t('centre.markedAll', { count })),
            })
          }
        >
          {t('centre.markAllRead')}
        </Button>
      </Group>
      <Text size="sm" role="status" aria-live="polite" data-testid="notifications-status">
        {announcement}
      </Text>
      {markAll.error && <ErrorAlert error={describeApiError(markAll.error, t)} />}
      {notifications.isPending ? (
        <LoadingState />
      ) : notifications.error ? (
        <ErrorAlert error={describeApiError(notifications.error, t)} />
      ) : notifications.data.items.length === 0 ? (
        <EmptyState data-testid="notifications-empty">
          <EmptyState.Title order={2}>{t('centre.emptyTitle')}</EmptyState.Title>
          <EmptyState.Description>{t(unread ? 'centre.emptyUnread' : 'centre.empty')}</EmptyState.Description>
        </EmptyState>
      ) : (
        <>
          <Stack
            component="ol"
            gap="xs"
            aria-label={t('centre.list')}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {notifications.data.items.map((notification) => (
              <li key={notification.id}>
                <NotificationItem notification={notification} />
              </li>
            ))}
          </Stack>
          {notifications.data.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(notifications.data.total / PAGE_SIZE)}
              value={page}
              onChange={(next) => show({ unread, page: next })}
              aria-label={t('centre.pages')}
              getControlProps={(control) => ({ 'aria-label': t(`centre.${control}`) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function NotificationItem({ notification }: { notification: Notification }) {
  const { t, i18n } = useTranslation('notifications');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const text = notificationText(notification, t, locale);
  const unread = notification.readAt === null;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(notification.createdAt),
  );

  return (
    <Paper
      withBorder
      p="sm"
      bg={unread ? 'var(--mantine-color-blue-light)' : undefined}
      data-testid="notification"
      data-unread={unread}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {unread && (
              <Badge size="sm" variant="filled">
                {t('centre.unreadMark')}
              </Badge>
            )}
            <Anchor
              component={Link}
              to={notification.link}
              fw={unread ? 700 : undefined}
              onClick={(event) => {
                if (!unread) return;
                // Marked read first, then followed: the count is right on the page it leads to.
                event.preventDefault();
                markRead.mutate(
                  { id: notification.id },
                  { onSettled: () => void navigate(notification.link) },
                );
              }}
            >
              {text}
            </Anchor>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            <time dateTime={notification.createdAt}>{when}</time>
          </Text>
        </div>
        {unread && (
          <Button
            size="compact-sm"
            variant="subtle"
            loading={markRead.isPending}
            aria-label={t('centre.markReadLabel', { text })}
            onClick={() => markRead.mutate({ id: notification.id })}
          >
            {t('centre.markRead')}
          </Button>
        )}
      </Group>
      {markRead.error && <ErrorAlert error={describeApiError(markRead.error, t)} />}
    </Paper>
  );
}

export default NotificationsPage;
