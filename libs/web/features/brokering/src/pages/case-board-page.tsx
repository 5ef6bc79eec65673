import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useSensor,
  useSensors,
  type Active,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { CASE_STAGE_LABELS, CASE_STAGES, isCaseStage, label, type CaseStage } from '@videnbro/domain';
import { useMe, useVisibleClusters } from '@videnbro/web-core';
import { PageTitle } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { BoardColumn } from '../components/board-column';
import { useParties } from '../components/case-card';
import { AGE_CHOICES, filtersFrom, filtersToParams, type BoardFilters } from '../lib/board-filters';
import { describeError } from '../lib/errors';
import { refusalOf } from '../lib/moves';
import { BROKERING_ROUTES } from '../lib/paths';
import { useBoard, useClusterBrokers, useMoveCase } from '../queries/board';
import type { CaseCard } from '../queries/types';

type Notice = { kind: 'moved' | 'refused' | 'failed'; text: string };

/**
 * `/cases/board`: the brokers' pipeline. A column per stage with its count, cards that move by drag
 * and drop or by their "Move to…" menu along the allowed transitions only, and filters kept in the
 * address. A move shows at once and is undone when the API refuses it.
 */
export function CaseBoardPage() {
  const { t, i18n } = useTranslation('brokering');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const me = useMe();
  const { clusters } = useVisibleClusters();
  const brokers = useClusterBrokers(filters.cluster);
  const columns = useBoard(filters);
  const move = useMoveCase(filters);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragged, setDragged] = useState<CaseCard | null>(null);
  // A small distance first, so that a click on the card's link or menu stays a click.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const update = (changes: Partial<BoardFilters>) =>
    setParams(filtersToParams({ ...filters, ...changes }), { replace: true });
  const stageName = (stage: CaseStage) => label(CASE_STAGE_LABELS[stage], locale);
  const partiesOf = (card: CaseCard) =>
    t('card.parties', { company: card.company.name, institution: card.institution.name });

  const moveCard = (card: CaseCard, to: CaseStage) => {
    if (to === card.stage) return;
    const refusal = refusalOf(card, to);
    if (refusal) {
      setNotice({
        kind: 'refused',
        text: t(`board.refused.${refusal}`, { from: stageName(card.stage), to: stageName(to) }),
      });
      return;
    }
    setNotice(null);
    move.mutate(
      { card, to },
      {
        onSuccess: () =>
          setNotice({
            kind: 'moved',
            text: t('board.moved', { parties: partiesOf(card), stage: stageName(to) }),
          }),
        onError: (error) =>
          setNotice({
            kind: 'failed',
            text: t('board.failed', { message: describeError(error, t).message }),
          }),
      },
    );
  };

  const onDragStart = ({ active }: DragStartEvent) => setDragged(cardOf(active));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const card = cardOf(active);
    const to = over?.id;
    if (card && isCaseStage(to)) moveCard(card, to);
  };

  const ownerChoices = [
    ...(me.data ? [{ userId: me.data.id, name: t('board.me') }] : []),
    ...(brokers.data ?? []).filter((broker) => broker.userId !== me.data?.id),
  ];

  return (
    <Stack gap="lg" data-testid="case-board-page">
      <PageTitle>{t('board.title')}</PageTitle>
      <Group justify="space-between" align="flex-start">
        <Text maw="48rem">{t('board.intro')}</Text>
        <Button component={Link} to={BROKERING_ROUTES.inbox} variant="light" data-testid="inbox-link">
          {t('nav.inbox')}
        </Button>
      </Group>

      <form role="search" aria-label={t('board.filters')} onSubmit={(event) => event.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} data-testid="board-filters">
          <NativeSelect
            label={t('board.cluster')}
            value={filters.cluster}
            onChange={(event) => update({ cluster: event.currentTarget.value, owner: '' })}
            data-testid="filter-cluster"
          >
            <option value="">{t('board.allClusters')}</option>
            {clusters.map((cluster) => (
              <option key={cluster.id} value={cluster.id}>
                {cluster.name}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('board.owner')}
            value={filters.owner}
            onChange={(event) => update({ owner: event.currentTarget.value })}
            data-testid="filter-owner"
          >
            <option value="">{t('board.anyOwner')}</option>
            {ownerChoices.map((owner) => (
              <option key={owner.userId} value={owner.userId}>
                {owner.name}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('board.stage')}
            value={filters.stage}
            onChange={(event) => {
              const stage = event.currentTarget.value;
              update({ stage: isCaseStage(stage) ? stage : '' });
            }}
            data-testid="filter-stage"
          >
            <option value="">{t('board.allStages')}</option>
            {CASE_STAGES.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {label(stage, locale)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('board.age')}
            value={String(filters.olderThanDays || '')}
            onChange={(event) => update({ olderThanDays: Number(event.currentTarget.value) || 0 })}
            data-testid="filter-age"
          >
            <option value="">{t('board.anyAge')}</option>
            {AGE_CHOICES.map((days) => (
              <option key={days} value={days}>
                {t('board.olderThan', { count: days })}
              </option>
            ))}
          </NativeSelect>
          <Checkbox
            mt={{ lg: 'xl' }}
            label={t('board.overdue')}
            checked={filters.overdue}
            onChange={(event) => update({ overdue: event.currentTarget.checked })}
            data-testid="filter-overdue"
          />
        </SimpleGrid>
      </form>

      <div role="status" aria-live="polite" data-testid="board-status">
        {notice?.kind === 'moved' && <Text size="sm">{notice.text}</Text>}
      </div>
      {notice && notice.kind !== 'moved' && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          withCloseButton
          onClose={() => setNotice(null)}
          data-testid="board-refusal"
        >
          {notice.text}
        </Alert>
      )}

      <DndContext
        sensors={sensors}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(null)}
        // Pointer drags are announced in the user's language; keyboard users move cards by the menu.
        accessibility={{
          announcements: {
            onDragStart: ({ active }) => {
              const card = cardOf(active);
              return card ? t('card.dragging', { parties: partiesOf(card) }) : undefined;
            },
            onDragOver: () => undefined,
            onDragEnd: () => undefined,
            onDragCancel: () => undefined,
          },
        }}
      >
        <Group
          align="flex-start"
          wrap="nowrap"
          gap="sm"
          style={{ overflowX: 'auto' }}
          pb="sm"
          role="group"
          aria-label={t('board.board')}
          data-testid="board"
        >
          {columns.map((column) => (
            <BoardColumn key={column.stage} column={column} onMove={moveCard} />
          ))}
        </Group>
        <DragOverlay>{dragged && <DraggedCard card={dragged} />}</DragOverlay>
      </DndContext>
    </Stack>
  );
}

/** The card a drag carries (set by `CaseCard`). */
function cardOf(active: Active): CaseCard | null {
  return (active.data.current as { card?: CaseCard } | undefined)?.card ?? null;
}

/** What follows the pointer while a card is dragged. */
function DraggedCard({ card }: { card: CaseCard }) {
  const parties = useParties(card);
  return (
    <Paper withBorder shadow="md" p="xs" radius="sm" w={240} data-testid="dragged-card">
      <Text size="sm" fw={600}>
        {parties}
      </Text>
    </Paper>
  );
}

export default CaseBoardPage;
