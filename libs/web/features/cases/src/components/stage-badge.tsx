import { Badge } from '@mantine/core';
import { CASE_STAGE_LABELS, label, type CaseStage } from '@videnbro/domain';
import { useTranslation } from 'react-i18next';

const COLORS: Record<CaseStage, string> = {
  suggested: 'gray',
  introduced: 'blue',
  meeting_held: 'cyan',
  collaboration_agreed: 'teal',
  funded: 'green',
  declined: 'red',
  stalled: 'yellow',
};

export function StageBadge({ stage }: { stage: CaseStage }) {
  const { i18n } = useTranslation('cases');
  return (
    <Badge variant="light" color={COLORS[stage]} tt="none" data-testid="case-stage">
      {label(CASE_STAGE_LABELS[stage], i18n.resolvedLanguage ?? i18n.language)}
    </Badge>
  );
}
