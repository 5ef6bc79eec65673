import {
  ACTIVITY_TYPE_LABELS,
  FUNDING_SOURCE_LABELS,
  label,
  ORGANIZATION_KIND_LABELS,
  regionById,
  type LocalizedText,
} from '@videnbro/domain';
import type { TableColumn } from '@videnbro/web-ui';
import type { TFunction } from 'i18next';
import type { Statistics } from '../queries/statistics';
import { formatValue, type FigureUnit } from './format';

/** One bar group of a chart: a category (a year, a type, a region) with a value per series. */
export interface ChartRow {
  key: string;
  label: string;
  values: Readonly<Record<string, number | null>>;
}

export interface ChartSeries {
  key: string;
  label: string;
  /** A Mantine colour with at least 3:1 contrast against white. */
  color: string;
}

/** A chart of the dashboard, and the same data as a table in the report. */
export interface ChartSpec {
  id: string;
  title: string;
  description?: string;
  /** The first column's header in the table (`Year`, `Category`). */
  categoryHeader: string;
  rows: ChartRow[];
  series: ChartSeries[];
  unit: FigureUnit;
}

const COLORS = ['blue.8', 'teal.9', 'grape.8'] as const;

/** The table columns of a chart's data: the category, then a column per series. */
export function chartColumns(spec: ChartSpec, locale: string): TableColumn<ChartRow>[] {
  return [
    { key: 'category', header: spec.categoryHeader, value: (row) => row.label },
    ...spec.series.map((series) => ({
      key: series.key,
      header: series.label,
      value: (row: ChartRow) => row.values[series.key] ?? null,
      render: (row: ChartRow) => formatValue(row.values[series.key], spec.unit, locale),
      numeric: true,
    })),
  ];
}

function labelOf(labels: Readonly<Record<string, LocalizedText>>, id: string, locale: string): string {
  return id in labels ? label(labels[id], locale) : id;
}

/** A region as the statistics group organisations: a Danish region, abroad, or not recorded. */
export function regionLabel(id: string, t: TFunction, locale: string): string {
  if (id === 'abroad') return t('charts.abroad');
  const region = regionById(id);
  return region ? label(region, locale) : t('charts.unknown');
}

/** The dashboard's charts from one statistics answer: per year, and the four breakdowns. */
export function chartSpecs(statistics: Statistics, t: TFunction, locale: string): ChartSpec[] {
  const series = (keys: { key: string; label: string }[]) =>
    keys.map((entry, index) => ({ ...entry, color: COLORS[index % COLORS.length] }));
  const figureLabel = (id: string) => {
    const figure = statistics.figures.find((candidate) => candidate.id === id);
    return figure ? label(figure.label, locale) : id;
  };
  const trendFigures = ['companies', 'institutions', 'activities'];
  const { byActivityType, byInstitutionKind, byRegion, byFundingSource } = statistics.breakdowns;

  return [
    {
      id: 'trend',
      title: t('charts.trend'),
      description: t('charts.trendText'),
      categoryHeader: t('charts.year'),
      unit: 'count',
      series: series(trendFigures.map((key) => ({ key, label: figureLabel(key) }))),
      rows: statistics.perYear.map(({ year, figures }) => ({
        key: String(year),
        label: String(year),
        values: Object.fromEntries(
          trendFigures.map((key) => [key, figures.find((figure) => figure.id === key)?.value ?? null]),
        ),
      })),
    },
    {
      id: 'by-activity-type',
      title: t('charts.byActivityType'),
      categoryHeader: t('charts.category'),
      unit: 'count',
      series: series([
        { key: 'activities', label: t('charts.activities') },
        { key: 'participations', label: t('charts.participations') },
      ]),
      rows: byActivityType.map((row) => ({
        key: row.type,
        label: labelOf(ACTIVITY_TYPE_LABELS, row.type, locale),
        values: { activities: row.activities, participations: row.participations },
      })),
    },
    {
      id: 'by-institution-kind',
      title: t('charts.byInstitutionKind'),
      categoryHeader: t('charts.category'),
      unit: 'count',
      series: series([
        { key: 'participations', label: t('charts.participations') },
        { key: 'institutions', label: t('charts.institutions') },
      ]),
      rows: byInstitutionKind.map((row) => ({
        key: row.kind,
        label: labelOf(ORGANIZATION_KIND_LABELS, row.kind, locale),
        values: { participations: row.participations, institutions: row.institutions },
      })),
    },
    {
      id: 'by-region',
      title: t('charts.byRegion'),
      categoryHeader: t('charts.category'),
      unit: 'count',
      series: series([
        { key: 'organizations', label: t('charts.organizations') },
        { key: 'participations', label: t('charts.participations') },
      ]),
      rows: byRegion.map((row) => ({
        key: row.region,
        label: regionLabel(row.region, t, locale),
        values: { organizations: row.organizations, participations: row.participations },
      })),
    },
    {
      id: 'by-funding-source',
      title: t('charts.byFundingSource'),
      categoryHeader: t('charts.category'),
      unit: 'dkk',
      series: series([
        { key: 'spent', label: t('charts.spent') },
        { key: 'secured', label: t('charts.secured') },
      ]),
      rows: byFundingSource.map((row) => ({
        key: row.source,
        label: labelOf(FUNDING_SOURCE_LABELS, row.source, locale),
        values: { spent: row.spentDkk, secured: row.securedDkk },
      })),
    },
  ];
}
