import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Case } from '../queries/types';
import { CaseTextItem } from './case-event-item';
import { CaseTextForm } from './case-text-form';

/** Broker notes: part of the timeline the API sends the case's brokers only. */
export function NotesSection({ value: c }: { value: Case }) {
  const { t } = useTranslation('cases');
  const notes = c.timeline.filter((event) => event.kind === 'note');
  return (
    <Stack component="section" aria-labelledby="case-notes" gap="sm" data-testid="case-notes">
      <Title order={2} size="h3" id="case-notes">
        {t('notes.title')}
      </Title>
      <Text size="sm">{t('notes.intro')}</Text>
      {notes.length === 0 ? (
        <Text>{t('notes.none')}</Text>
      ) : (
        <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {notes.map((note) => (
            <CaseTextItem key={note.id} event={note} />
          ))}
        </Stack>
      )}
      <CaseTextForm
        caseId={c.id}
        kind="notes"
        label={t('notes.label')}
        submit={t('notes.add')}
        done={t('notes.added')}
      />
    </Stack>
  );
}
