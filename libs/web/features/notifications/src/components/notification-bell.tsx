import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { NOTIFICATION_ROUTES } from '../lib/paths';
import { useUnreadCount } from '../queries/notifications';

/** The bell in the header: a link to the notification centre with the unread count, asked every minute. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  return (
    // The count is in the link's name; the badge repeats it for the eye only.
    <Indicator
      label={<span aria-hidden>{count > 99 ? '99+' : count}</span>}
      size={18}
      disabled={count === 0}
      offset={4}
    >
      <ActionIcon
        component={Link}
        to={NOTIFICATION_ROUTES.notifications}
        variant="subtle"
        color="dark"
        size="lg"
        aria-label={t('bell.label', { count })}
        data-testid="notification-bell"
      >
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}

function BellIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export default NotificationBell;
