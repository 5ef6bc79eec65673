import { Badge, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import {
  label,
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_DELIVERY_LABELS,
  NOTIFICATION_KIND_LABELS,
  type NotificationDelivery,
} from '@videnbro/domain';
import { describeApiError } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences, useUpdatePreferences, type NotificationPreference } from '../queries/notifications';

/**
 * `/settings/notifications`: for each kind, in the app only, an email at once, the daily digest, or
 * off. A choice is saved as it is made.
 */
export function NotificationSettingsPage() {
  const { t, i18n } = useTranslation('notifications');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const preferences = usePreferences();
  const update = useUpdatePreferences();
  const [announcement, setAnnouncement] = useState('');

  const choose = (preference: NotificationPreference, delivery: NotificationDelivery) =>
    update.mutate(
      { [preference.kind]: delivery },
      {
        onSuccess: () =>
          setAnnouncement(
            t('settings.saved', {
              kind: label(NOTIFICATION_KIND_LABELS[preference.kind], locale),
              delivery: label(NOTIFICATION_DELIVERY_LABELS[delivery], locale),
            }),
          ),
      },
    );

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('settings.title')}</PageTitle>
        <Text>{t('settings.intro')}</Text>
      </div>
      <Text size="sm" role="status" aria-live="polite" data-testid="settings-status">
        {announcement}
      </Text>
      {update.error && <ErrorAlert error={describeApiError(update.error, t)} />}
      {preferences.isPending ? (
        <LoadingState />
      ) : preferences.error ? (
        <ErrorAlert error={describeApiError(preferences.error, t)} />
      ) : (
        <Stack gap="sm" aria-label={t('settings.kinds')} component="section">
          {preferences.data.map((preference) => (
            <Paper key={preference.kind} withBorder p="md" data-testid={`preference-${preference.kind}`}>
              <Radio.Group
                label={
                  <Group gap="xs" component="span">
                    {label(NOTIFICATION_KIND_LABELS[preference.kind], locale)}
                    {preference.isDefault && (
                      <Badge size="sm" variant="light" component="span">
                        {t('settings.isDefault')}
                      </Badge>
                    )}
                  </Group>
                }
                value={preference.delivery}
                onChange={(value) => choose(preference, value as NotificationDelivery)}
              >
                <Group gap="lg" mt="xs">
                  {NOTIFICATION_DELIVERIES.map((delivery) => (
                    <Radio
                      key={delivery.id}
                      value={delivery.id}
                      label={label(delivery, locale)}
                      disabled={update.isPending}
                    />
                  ))}
                </Group>
              </Radio.Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export default NotificationSettingsPage;
