import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';
import type { CaseEvent } from '../queries/types';

/** A note or a message: who wrote it, when, and the text. */
export function CaseTextItem({ event }: { event: CaseEvent }) {
  const { t, i18n } = useTranslation('cases');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Paper withBorder p="sm" component="li" data-testid={`case-${event.kind}`}>
      <Text size="sm" c="dimmed">
        {event.actor?.name ?? t('timeline.someone')} · {formatDateTime(event.occurredAt, locale)}
      </Text>
      <Text style={{ whiteSpace: 'pre-line' }}>{event.body}</Text>
    </Paper>
  );
}
