import { Button, Group, Stack, Text } from '@mantine/core';
import { label } from '@videnbro/domain';
import { useVisibleClusters } from '@videnbro/web-core';
import {
  DataTable,
  ErrorAlert,
  LoadingState,
  PageTitle,
  ScreenOnly,
  type TableColumn,
} from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { PerYearTable } from '../components/per-year-table';
import { StatisticsFilters } from '../components/statistics-filters';
import { StatisticsNav } from '../components/statistics-nav';
import { chartColumns, chartSpecs } from '../lib/charts';
import { describeError } from '../lib/errors';
import { formatValue } from '../lib/format';
import { useStatisticsQuery } from '../lib/period';
import { scopeName, useStatistics, type Figure, type Statistics } from '../queries/statistics';
import classes from './report-page.module.css';

function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date)));
}

/**
 * `/statistics/report?cluster=…&from=…&to=…`: the figures with their definitions, per year and broken
 * down, as tables laid out for paper; Print leaves the navigation and the buttons off.
 */
export function ReportPage() {
  const { t, i18n } = useTranslation('statistics');
  const locale = i18n.language;
  const { period, cluster, update } = useStatisticsQuery();
  const { clusters } = useVisibleClusters();
  const valid = period.from <= period.to;
  const statistics = useStatistics({ cluster, ...period }, { enabled: valid });
  const data = statistics.data;
  const name = (data && scopeName(data)) ?? t('report.allClusters');

  return (
    <Stack gap="lg" data-testid="statistics-report">
      <StatisticsNav cluster={cluster} period={period} />
      <PageTitle>{t('report.title', { cluster: name })}</PageTitle>
      <Group justify="space-between" align="flex-end">
        <StatisticsFilters clusters={clusters} cluster={cluster} allowAll period={period} onChange={update} />
        <ScreenOnly>
          <Button onClick={() => window.print()} data-testid="print-report">
            {t('report.print')}
          </Button>
        </ScreenOnly>
      </Group>
      <Text>
        {t('report.period', { from: formatDay(period.from, locale), to: formatDay(period.to, locale) })}
        {'. '}
        {t('report.generated', { date: formatDay(new Date().toISOString().slice(0, 10), locale) })}
      </Text>
      {statistics.error && <ErrorAlert error={describeError(statistics.error, t)} />}
      {statistics.isPending && valid && <LoadingState />}
      {data && <ReportTables data={data} fileSuffix={`${period.from}_${period.to}`} />}
    </Stack>
  );
}

function ReportTables({ data, fileSuffix }: { data: Statistics; fileSuffix: string }) {
  const { t, i18n } = useTranslation('statistics');
  const locale = i18n.language;
  const figureColumns: TableColumn<Figure>[] = [
    { key: 'figure', header: t('report.figure'), value: (figure) => label(figure.label, locale) },
    {
      key: 'value',
      header: t('report.value'),
      value: (figure) => figure.value,
      render: (figure) => formatValue(figure.value, figure.unit, locale),
      numeric: true,
    },
    {
      key: 'definition',
      header: t('report.definition'),
      value: (figure) => label(figure.definition, locale),
    },
  ];
  return (
    <>
      <div className={classes.section}>
        <DataTable
          title={t('report.figures')}
          columns={figureColumns}
          rows={data.figures}
          rowKey={(figure) => figure.id}
          fileName={`figures_${fileSuffix}`}
          data-testid="report-figures"
        />
      </div>
      <div className={classes.section}>
        <PerYearTable statistics={data} fileName={`per-year_${fileSuffix}`} />
      </div>
      {chartSpecs(data, t, locale)
        .filter((spec) => spec.id !== 'trend')
        .map((spec) => (
          <div key={spec.id} className={classes.section}>
            <DataTable
              title={spec.title}
              columns={chartColumns(spec, locale)}
              rows={spec.rows}
              rowKey={(row) => row.key}
              fileName={`${spec.id}_${fileSuffix}`}
              empty={t('rows.empty')}
            />
          </div>
        ))}
    </>
  );
}

export default ReportPage;
