import { Group, NativeSelect, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { ScreenOnly } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import type { Period } from '../lib/period';

export interface ClusterOption {
  id: string;
  name: string;
}

export interface StatisticsFiltersProps {
  /** The clusters to choose from; no picker when there is just one and `allowAll` is off. */
  clusters: readonly ClusterOption[];
  cluster: string;
  /** Offer "all my clusters" (the empty value). */
  allowAll?: boolean;
  /** Without it, no date range (the programme view's cluster list has none). */
  period?: Period;
  onChange: (changes: Partial<Period & { cluster: string }>) => void;
}

/** The cluster and the date range a statistics page shows, kept in the address by the page. */
export function StatisticsFilters({ clusters, cluster, allowAll, period, onChange }: StatisticsFiltersProps) {
  const { t } = useTranslation('statistics');
  const invalid = period !== undefined && period.from > period.to;
  const picker = allowAll ? clusters.length > 1 : clusters.length > 0;
  return (
    <ScreenOnly>
      <Group component="fieldset" align="flex-end" gap="md" m={0} p={0} style={{ border: 0 }}>
        <VisuallyHidden component="legend">{t('filters.label')}</VisuallyHidden>
        {picker && (
          <NativeSelect
            label={t('filters.cluster')}
            value={cluster}
            onChange={(event) => onChange({ cluster: event.currentTarget.value })}
            data-testid="filter-cluster"
            data={[
              ...(allowAll ? [{ value: '', label: t('filters.allClusters') }] : []),
              ...clusters.map(({ id, name }) => ({ value: id, label: name })),
            ]}
          />
        )}
        {period && (
          <>
            <TextInput
              type="date"
              label={t('filters.from')}
              value={period.from}
              onChange={(event) => onChange({ from: event.currentTarget.value })}
              error={invalid}
              data-testid="filter-from"
            />
            <TextInput
              type="date"
              label={t('filters.to')}
              value={period.to}
              onChange={(event) => onChange({ to: event.currentTarget.value })}
              error={invalid}
              data-testid="filter-to"
            />
          </>
        )}
      </Group>
      {invalid && (
        <Text size="sm" c="red.9" role="alert" mt="xs">
          {t('filters.invalid')}
        </Text>
      )}
    </ScreenOnly>
  );
}
