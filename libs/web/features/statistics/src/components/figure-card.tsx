import { Anchor, Card, Spoiler, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
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
        <Spoiler
          maxHeight={40}
          showLabel={t('figures.more')}
          hideLabel={t('figures.less')}
          // Begins with the visible 'Read more', so speech input can name it (WCAG 2.5.3).
          showAriaLabel={`${t('figures.more')}: ${t('figures.definition')}, ${label}`}
          styles={{ control: { fontSize: 'var(--mantine-font-size-xs)' } }}
        >
          <Text size="xs" c="dimmed">
            <VisuallyHidden component="span">{t('figures.definition')}: </VisuallyHidden>
            {definition}
          </Text>
        </Spoiler>
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
