import { Stack, Text, Timeline as MantineTimeline, Title } from '@mantine/core';
import { CASE_STAGE_LABELS, isCaseStage, isOneOf, CASE_PARTY_IDS, label } from '@videnbro/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';
import type { Case, CaseEvent } from '../queries/types';
import { partyName } from './consent-section';

/** Everything that happened on the case that the caller may see, newest first. */
export function Timeline({ value: c }: { value: Case }) {
  const { t, i18n } = useTranslation('cases');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const events = [...c.timeline].reverse();
  return (
    <Stack component="section" aria-labelledby="case-timeline" gap="sm">
      <Title order={2} size="h3" id="case-timeline">
        {t('timeline.title')}
      </Title>
      <MantineTimeline bulletSize={12} lineWidth={2} data-testid="case-timeline">
        {events.map((event) => (
          <MantineTimeline.Item
            key={event.id}
            title={describeEvent(c, event, t, locale)}
            data-testid="timeline-event"
          >
            {event.body && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {event.body}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {formatDateTime(event.occurredAt, locale)}
            </Text>
          </MantineTimeline.Item>
        ))}
      </MantineTimeline>
    </Stack>
  );
}

/** One line for an event, from its kind and data (stage names, parties and clusters by name). */
export function describeEvent(c: Case, event: CaseEvent, t: TFunction, locale: string): string {
  const actor = event.actor?.name ?? t('cases:timeline.someone');
  const data = event.data;
  const stage = (value: unknown) => (isCaseStage(value) ? label(CASE_STAGE_LABELS[value], locale) : '');
  const cluster = (id: unknown) => c.clusters.find((candidate) => candidate.id === id)?.name ?? '';
  const party = isOneOf(CASE_PARTY_IDS, data.party) ? partyName(c, data.party) : '';
  switch (event.kind) {
    case 'created':
      return t(`cases:timeline.created.${c.origin}`, { actor });
    case 'stage_changed':
      return t('cases:timeline.stage_changed', { actor, from: stage(data.from), to: stage(data.to) });
    case 'handed_over':
      return t('cases:timeline.handed_over', { actor, from: cluster(data.from), to: cluster(data.to) });
    case 'consent_accepted':
    case 'consent_declined':
    case 'email_sent':
      return t(`cases:timeline.${event.kind}`, { party });
    default:
      return t(`cases:timeline.${event.kind}`, { actor });
  }
}
