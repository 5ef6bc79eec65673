import { Anchor, Stack, Text } from '@mantine/core';
import { label } from '@videnbro/domain';
import { DataTable, ErrorAlert, LoadingState, PageTitle, type TableColumn } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StatisticsFilters } from '../components/statistics-filters';
import { StatisticsNav } from '../components/statistics-nav';
import { describeError } from '../lib/errors';
import { formatValue } from '../lib/format';
import { statisticsPath } from '../lib/paths';
import { useStatisticsQuery } from '../lib/period';
import { useClusterComparison, type ClusterComparison } from '../queries/statistics';

type ClusterFigures = ClusterComparison['items'][number];

/** `/statistics/programme`: every cluster's headline figures side by side for a period, exportable. */
export function ProgrammePage() {
  const { t, i18n } = useTranslation('statistics');
  const locale = i18n.language;
  const { period, update } = useStatisticsQuery();
  const valid = period.from <= period.to;
  const comparison = useClusterComparison(period, { enabled: valid });
  const data = comparison.data;

  const columns: TableColumn<ClusterFigures>[] = data
    ? [
        {
          key: 'cluster',
          header: t('programme.cluster'),
          value: (row) => row.cluster.name,
          render: (row) => (
            <Anchor component={Link} to={statisticsPath('dashboard', { cluster: row.cluster.id, ...period })}>
              {row.cluster.name}
            </Anchor>
          ),
        },
        ...data.definitions.map((definition) => {
          const valueOf = (row: ClusterFigures) =>
            row.figures.find((figure) => figure.id === definition.id)?.value ?? null;
          return {
            key: definition.id,
            header: label(definition.label, locale),
            value: valueOf,
            render: (row: ClusterFigures) => formatValue(valueOf(row), definition.unit, locale),
            numeric: true,
          };
        }),
      ]
    : [];

  return (
    <Stack gap="lg" data-testid="statistics-programme">
      <PageTitle>{t('programme.title')}</PageTitle>
      <StatisticsNav cluster="" period={period} />
      <Text maw="48rem">{t('programme.intro')}</Text>
      <StatisticsFilters clusters={[]} cluster="" period={period} onChange={update} />
      {comparison.error && <ErrorAlert error={describeError(comparison.error, t)} />}
      {comparison.isPending && valid && <LoadingState />}
      {data && (
        <DataTable
          title={t('programme.table')}
          columns={columns}
          rows={data.items}
          rowKey={(row) => row.cluster.id}
          fileName={`clusters_${period.from}_${period.to}`}
          empty={t('programme.empty')}
          data-testid="programme-table"
        />
      )}
    </Stack>
  );
}

export default ProgrammePage;
