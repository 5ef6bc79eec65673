import { label } from '@videnbro/domain';
import { DataTable, type TableColumn } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../lib/format';
import type { Figure, Statistics } from '../queries/statistics';

interface YearRow {
  figure: Figure;
  values: Record<number, number | null>;
}

export interface PerYearTableProps {
  statistics: Statistics;
  /** The export's file name without extension. */
  fileName: string;
  titleOrder?: 2 | 3;
}

/** Every figure per calendar year of the period: a row per figure, a column per year, exportable. */
export function PerYearTable({ statistics, fileName, titleOrder }: PerYearTableProps) {
  const { t, i18n } = useTranslation('statistics');
  const locale = i18n.language;
  const years = statistics.perYear.map(({ year }) => year);
  const rows: YearRow[] = statistics.figures.map((figure) => ({
    figure,
    values: Object.fromEntries(
      statistics.perYear.map(({ year, figures }) => [
        year,
        figures.find(({ id }) => id === figure.id)?.value ?? null,
      ]),
    ),
  }));
  const columns: TableColumn<YearRow>[] = [
    { key: 'figure', header: t('report.figure'), value: (row) => label(row.figure.label, locale) },
    ...years.map((year) => ({
      key: String(year),
      header: String(year),
      value: (row: YearRow) => row.values[year],
      render: (row: YearRow) => formatValue(row.values[year], row.figure.unit, locale),
      numeric: true,
    })),
  ];
  return (
    <DataTable
      title={t('perYear.title')}
      titleOrder={titleOrder}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.figure.id}
      fileName={fileName}
      data-testid="per-year-table"
    />
  );
}
