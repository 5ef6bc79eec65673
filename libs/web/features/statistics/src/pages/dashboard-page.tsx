import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { label } from '@videnbro/domain';
import { useVisibleClusters } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { CaseTables } from '../components/case-tables';
import { ChartPanel } from '../components/chart-panel';
import { FigureCard } from '../components/figure-card';
import { PerYearTable } from '../components/per-year-table';
import { StatisticsFilters } from '../components/statistics-filters';
import { StatisticsNav } from '../components/statistics-nav';
import { chartSpecs } from '../lib/charts';
import { describeError } from '../lib/errors';
import { statisticsPath } from '../lib/paths';
import { useStatisticsQuery } from '../lib/period';
import { useStatisticsAccess } from '../queries/access';
import { scopeName, useStatistics } from '../queries/statistics';

/**
 * `/statistics`: a cluster's figures for a period (or all the user's clusters together), each with its
 * definition and a link to its rows, and charts per year and by type, institution kind, region and
 * funding source.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation('statistics');
  const locale = i18n.language;
  const { period, cluster, update } = useStatisticsQuery();
  const { clusters } = useVisibleClusters();
  const { seesCases } = useStatisticsAccess();
  const valid = period.from <= period.to;
  const statistics = useStatistics({ cluster, ...period }, { enabled: valid });
  const data = statistics.data;
  const fileSuffix = `${period.from}_${period.to}`;

  return (
    <Stack gap="lg" data-testid="statistics-dashboard">
      <PageTitle>{t('title')}</PageTitle>
      <StatisticsNav cluster={cluster} period={period} />
      <Text maw="48rem">{t('intro')}</Text>
      <StatisticsFilters clusters={clusters} cluster={cluster} allowAll period={period} onChange={update} />
      {statistics.error && <ErrorAlert error={describeError(statistics.error, t)} />}
      {statistics.isPending && valid && <LoadingState />}
      {data && (
        <>
          <section aria-labelledby="statistics-figures">
            <Title order={2} size="h3" id="statistics-figures" mb="sm">
              {scopeName(data) ? `${t('figures.heading')}: ${scopeName(data)}` : t('figures.heading')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 4 }}>
              {data.figures.map((figure) => (
                <FigureCard
                  key={figure.id}
                  id={figure.id}
                  label={label(figure.label, locale)}
                  value={figure.value}
                  unit={figure.unit}
                  definition={label(figure.definition, locale)}
                  numerator={figure.numerator}
                  denominator={figure.denominator}
                  rowsHref={
                    figure.rows !== 'cases' || seesCases
                      ? statisticsPath('rows', { figure: figure.id, cluster, ...period })
                      : undefined
                  }
                />
              ))}
            </SimpleGrid>
          </section>
          <section aria-labelledby="statistics-charts">
            <Title order={2} size="h3" id="statistics-charts" mb="sm">
              {t('charts.heading')}
            </Title>
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              {chartSpecs(data, t, locale).map((spec) => (
                <ChartPanel key={spec.id} spec={spec} fileName={`${spec.id}_${fileSuffix}`} />
              ))}
            </SimpleGrid>
          </section>
          <CaseTables statistics={data} fileSuffix={fileSuffix} />
          <PerYearTable statistics={data} fileName={`per-year_${fileSuffix}`} />
        </>
      )}
    </Stack>
  );
}

export default DashboardPage;
