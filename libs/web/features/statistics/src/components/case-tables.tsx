import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { CASE_STAGE_LABELS, FUNDING_SOURCE_LABELS, label } from '@videnbro/domain';
import { DataTable, type TableColumn } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../lib/format';
import type { Figure, Statistics } from '../queries/statistics';

type StageRow = Statistics['breakdowns']['byCaseStage'][number] & { conversion: Figure | undefined };
type SourceRow = Statistics['breakdowns']['byCaseFundingSource'][number];

export interface CaseTablesProps {
  statistics: Statistics;
  /** Appended to the export file names: the period. */
  fileSuffix: string;
}

/**
 * The cases of the period: per stage (now, reached, and the conversion into the next pipeline stage) and
 * the funding secured through them by source, each table with its definitions and exportable.
 */
export function CaseTables({ statistics, fileSuffix }: CaseTablesProps) {
  const { t, i18n } = useTranslation('statistics');
  const locale = i18n.language;
  const figure = (id: string) => statistics.figures.find((f) => f.id === id);
  const cases = figure('cases');
  const funding = figure('case_funding_secured');
  // The conversion into a stage sits on the row of the stage it starts from.
  const stages: StageRow[] = statistics.breakdowns.byCaseStage.map((row, index, all) => ({
    ...row,
    conversion: figure(`case_conversion_${all[index + 1]?.stage}`),
  }));
  const stageColumns: TableColumn<StageRow>[] = [
    { key: 'stage', header: t('cases.stage'), value: (row) => label(CASE_STAGE_LABELS[row.stage], locale) },
    { key: 'cases', header: t('cases.now'), value: (row) => row.cases, numeric: true },
    { key: 'reached', header: t('cases.reached'), value: (row) => row.reached, numeric: true },
    {
      key: 'conversion',
      header: t('cases.conversion'),
      value: (row) => row.conversion?.value ?? null,
      render: (row) =>
        row.conversion
          ? `${formatValue(row.conversion.value, 'share', locale)} (${t('figures.fraction', {
              numerator: formatValue(row.conversion.numerator ?? 0, 'count', locale),
              denominator: formatValue(row.conversion.denominator ?? 0, 'count', locale),
            })})`
          : '',
      numeric: true,
    },
  ];
  const sourceColumns: TableColumn<SourceRow>[] = [
    {
      key: 'source',
      header: t('rows.source'),
      value: (row) => label(FUNDING_SOURCE_LABELS[row.source], locale),
    },
    {
      key: 'amount',
      header: t('rows.amount'),
      value: (row) => row.amountDkk,
      render: (row) => formatValue(row.amountDkk, 'dkk', locale),
      numeric: true,
    },
  ];
  return (
    <section aria-labelledby="statistics-cases" data-testid="statistics-cases">
      <Title order={2} size="h3" id="statistics-cases" mb="sm">
        {t('cases.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack gap="xs">
          <DataTable
            title={t('cases.byStage')}
            titleOrder={3}
            columns={stageColumns}
            rows={stages}
            rowKey={(row) => row.stage}
            fileName={`cases-by-stage_${fileSuffix}`}
            data-testid="cases-by-stage"
          />
          {cases && (
            <Text size="xs" c="dimmed">
              {label(cases.definition, locale)}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('cases.conversionDefinition')}
          </Text>
        </Stack>
        <Stack gap="xs">
          <DataTable
            title={t('cases.fundingBySource')}
            titleOrder={3}
            columns={sourceColumns}
            rows={statistics.breakdowns.byCaseFundingSource}
            rowKey={(row) => row.source}
            fileName={`case-funding-by-source_${fileSuffix}`}
            data-testid="case-funding-by-source"
          />
          {funding && (
            <Text size="xs" c="dimmed">
              {label(funding.definition, locale)}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
    </section>
  );
}
