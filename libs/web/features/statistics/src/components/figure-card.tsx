import { Anchor, Card, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatValue, type FigureUnit } from '../lib/format';

export interface FigureCardProps {
  id: string;
  label: string;
  value: number | null;
  unit: FigureUnit;
  definition: string;
  numerator?: number;
  denominator?: number;
  /** The rows page of this figure for the same cluster and period; none when the user may not see them. */
  rowsHref?: string;
}

/** One figure: its value, a share's numerator and denominator, how it is counted, and a link to its rows. */
export function FigureCard(props: FigureCardProps) {
  const { id, label, value, unit, definition, numerator, denominator, rowsHref } = props;
  const { t, i18n } = useTranslation('statistics');
  const titleId = useId();
  const definitionId = useId();
  const [definitionOpen, setDefinitionOpen] = useState(false);
  const locale = i18n.language;
  const fraction = unit === 'share' && numerator !== undefined && denominator !== undefined;
  return (
    <Card component="article" withBorder aria-labelledby={titleId} data-testid={`figure-${id}`}>
      <Stack gap={6} h="100%">
        <Text component="h3" size="sm" fw={600} m={0} id={titleId}>
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.1} data-testid={`figure-${id}-value`}>
          {formatValue(value, unit, locale)}
        </Text>
        {fraction && (
          <Text size="xs" c="dimmed">
            {t('figures.fraction', {
              numerator: formatValue(numerator, 'count', locale),
              denominator: formatValue(denominator, 'count', locale),
            })}
          </Text>
        )}
        {/* The definition in two lines until opened; the whole text is always there for screen readers.
            Not Mantine's Spoiler: its content is a region without a name, one per card (axe:
            landmark-unique). */}
        <Text size="xs" c="dimmed" id={definitionId} lineClamp={definitionOpen ? undefined : 2}>
          <VisuallyHidden component="span">{t('figures.definition')}: </VisuallyHidden>
          {definition}
        </Text>
        <Anchor
          component="button"
          type="button"
          size="xs"
          ta="left"
          aria-expanded={definitionOpen}
          aria-controls={definitionId}
          // Begins with the visible text, so speech input can name it (WCAG 2.5.3).
          aria-label={`${definitionOpen ? t('figures.less') : t('figures.more')}: ${t('figures.definition')}, ${label}`}
          onClick={() => setDefinitionOpen((open) => !open)}
          data-testid={`figure-${id}-definition-toggle`}
        >
          {definitionOpen ? t('figures.less') : t('figures.more')}
        </Anchor>
        {rowsHref && (
          <Anchor
            component={Link}
            to={rowsHref}
            size="sm"
            mt="auto"
            aria-label={`${t('figures.rows')}: ${label}`}
            data-testid={`figure-${id}-rows`}
          >
            {t('figures.rows')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
