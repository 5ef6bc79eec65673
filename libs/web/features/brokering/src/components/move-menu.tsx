import { Button, Menu } from '@mantine/core';
import { CASE_STAGE_LABELS, label, type CaseStage } from '@videnbro/domain';
import { useTranslation } from 'react-i18next';
import { allowedMoves } from '../lib/moves';
import type { CaseCard } from '../queries/types';

export interface MoveMenuProps {
  card: CaseCard;
  parties: string;
  onMove: (to: CaseStage) => void;
}

/** The keyboard way to move a card: a menu of only the stages it may move to now. */
export function MoveMenu({ card, parties, onMove }: MoveMenuProps) {
  const { t, i18n } = useTranslation('brokering');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const moves = allowedMoves(card);
  return (
    <Menu position="bottom-end" withinPortal={false}>
      <Menu.Target>
        <Button
          size="compact-xs"
          variant="light"
          aria-label={t('card.moveMenu', { parties })}
          data-testid="move-menu"
        >
          {t('card.moveTo')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {moves.length === 0 && <Menu.Label>{t('card.noMoves')}</Menu.Label>}
        {moves.map((to) => (
          <Menu.Item key={to} onClick={() => onMove(to)} data-testid={`move-to-${to}`}>
            {label(CASE_STAGE_LABELS[to], locale)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
