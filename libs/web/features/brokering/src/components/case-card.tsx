import { useDraggable } from '@dnd-kit/core';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { CaseStage } from '@videnbro/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { casePath } from '../lib/paths';
import type { CaseCard as Card } from '../queries/types';
import { MoveMenu } from './move-menu';

export interface CaseCardProps {
  card: Card;
  onMove: (card: Card, to: CaseStage) => void;
}

/** "Company ↔ Institution", the case's name on the board. */
export function useParties(card: Pick<Card, 'company' | 'institution'>): string {
  const { t } = useTranslation('brokering');
  return t('card.parties', { company: card.company.name, institution: card.institution.name });
}

/**
 * A case on the board: parties (linking to the case), need, owner, next action with its due date
 * (marked when overdue), and the "Move to…" menu. Brokers drag it by pointer; the menu is the way by
 * keyboard, so the card itself is no extra focus stop.
 */
export function CaseCard({ card, onMove }: CaseCardProps) {
  const { t, i18n } = useTranslation('brokering');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const parties = useParties(card);
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: card.id,
    data: { card },
    disabled: !card.canBroker,
  });
  const due = card.nextActionDue
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${card.nextActionDue}T00:00:00Z`),
      )
    : null;
  return (
    <Paper
      ref={setNodeRef}
      {...listeners}
      component="article"
      withBorder
      p="xs"
      radius="sm"
      aria-label={parties}
      style={{
        cursor: card.canBroker ? 'grab' : undefined,
        opacity: isDragging ? 0.4 : 1,
        touchAction: 'none',
      }}
      data-testid="case-card"
      data-case-id={card.id}
    >
      <Stack gap={4}>
        <Anchor component={Link} to={casePath(card.id)} fw={600} size="sm">
          {parties}
        </Anchor>
        {card.need && (
          <Text size="xs">
            {t('card.need')}: {card.need.name}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('card.owner')}: {card.ownerUser?.name ?? t('card.noOwner')}
        </Text>
        {(card.nextAction || due) && (
          <Text size="xs" data-testid="next-action">
            {t('card.nextAction')}: {card.nextAction ?? ''}
            {due && ` (${t('card.due', { date: due })})`}
          </Text>
        )}
        <Group justify="space-between" gap="xs">
          {card.overdue ? (
            <Badge color="red" variant="filled" size="sm" data-testid="overdue">
              {t('card.overdue')}
            </Badge>
          ) : (
            <span />
          )}
          {card.canBroker && <MoveMenu card={card} parties={parties} onMove={(to) => onMove(card, to)} />}
        </Group>
      </Stack>
    </Paper>
  );
}
