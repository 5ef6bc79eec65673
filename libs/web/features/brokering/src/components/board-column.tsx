import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { CASE_STAGE_LABELS, label } from '@videnbro/domain';
import { ErrorAlert, LoadingState } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import type { BoardColumn as Column } from '../queries/board';
import type { CaseCard as Card } from '../queries/types';
import { CaseCard } from './case-card';

export interface BoardColumnProps {
  column: Column;
  onMove: (card: Card, to: Column['stage']) => void;
}

/** One stage: its count (all cases under the filters), its most recently changed cards, a drop target. */
export function BoardColumn({ column, onMove }: BoardColumnProps) {
  const { t, i18n } = useTranslation('brokering');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const name = label(CASE_STAGE_LABELS[column.stage], locale);
  const headingId = `board-column-${column.stage}`;
  const page = column.page;
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="xs"
      bg={isOver ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-default-hover)'}
      miw={240}
      w={240}
      data-testid="board-column"
      data-stage={column.stage}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h5" id={headingId}>
          {name}
        </Title>
        <Badge
          variant="light"
          aria-label={t('board.count', { count: page?.total ?? 0 })}
          data-testid="column-count"
        >
          {page?.total ?? '…'}
        </Badge>
      </Group>
      {column.pending && <LoadingState />}
      {column.error && <ErrorAlert error={describeError(column.error, t)} />}
      <Stack gap="xs">
        {page?.items.map((card) => (
          <CaseCard key={card.id} card={card} onMove={onMove} />
        ))}
        {page?.total === 0 && (
          <Text size="xs" c="dimmed">
            {t('board.empty')}
          </Text>
        )}
        {page && page.total > page.items.length && (
          <Text size="xs" c="dimmed">
            {t('board.more', { shown: page.items.length, count: page.total })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
