import {
  ACTIVITY_TYPE_LABELS,
  CASE_STAGE_LABELS,
  EMPLOYEE_BANDS,
  FUNDING_SOURCE_LABELS,
  FUNDING_STATUS_LABELS,
  label,
  ORGANIZATION_KIND_LABELS,
  type LocalizedText,
} from '@videnbro/domain';
import type { CellValue, TableColumn } from '@videnbro/web-ui';
import type { TFunction } from 'i18next';
import type {
  ActivityRow,
  CaseRow,
  FundingRow,
  OrganizationRow,
  StatisticsRows,
} from '../queries/statistics';
import { regionLabel } from './charts';
import { formatValue } from './format';

/** A row behind a figure, whichever kind the figure counts. */
export type FigureRow = OrganizationRow | ActivityRow | FundingRow | CaseRow;

function labelOf(labels: Readonly<Record<string, LocalizedText>>, id: string, locale: string): string {
  return id in labels ? label(labels[id], locale) : id;
}

function organizationColumns(t: TFunction, locale: string): TableColumn<OrganizationRow>[] {
  return [
    { key: 'name', header: t('rows.name'), value: (row) => row.name },
    {
      key: 'kind',
      header: t('rows.kind'),
      value: (row) => labelOf(ORGANIZATION_KIND_LABELS, row.kind, locale),
    },
    {
      key: 'employeeBand',
      header: t('rows.employeeBand'),
      value: (row) => {
        const band = EMPLOYEE_BANDS.find(({ id }) => id === row.employeeBand);
        return band ? label(band, locale) : null;
      },
    },
    {
      key: 'industryCodes',
      header: t('rows.industryCodes'),
      value: (row) => row.industryCodes.join(', ') || null,
    },
    { key: 'country', header: t('rows.country'), value: (row) => row.country },
    {
      key: 'region',
      header: t('rows.region'),
      value: (row) => regionLabel(row.region, t, locale),
    },
    {
      key: 'participations',
      header: t('rows.participations'),
      value: (row) => row.participations,
      numeric: true,
    },
    {
      key: 'insideStrengthAreas',
      header: t('rows.insideStrengthAreas'),
      value: (row) => yesNo(row.insideStrengthAreas, t),
    },
  ];
}

function activityColumns(t: TFunction, locale: string): TableColumn<ActivityRow>[] {
  return [
    { key: 'title', header: t('rows.activity'), value: (row) => row.title },
    { key: 'type', header: t('rows.type'), value: (row) => labelOf(ACTIVITY_TYPE_LABELS, row.type, locale) },
    { key: 'startsOn', header: t('rows.startsOn'), value: (row) => row.startsOn },
    { key: 'endsOn', header: t('rows.endsOn'), value: (row) => row.endsOn },
    {
      key: 'participations',
      header: t('rows.participations'),
      value: (row) => row.participations,
      numeric: true,
    },
    {
      key: 'companyParticipations',
      header: t('rows.companyParticipations'),
      value: (row) => row.companyParticipations,
      numeric: true,
    },
    {
      key: 'institutionParticipations',
      header: t('rows.institutionParticipations'),
      value: (row) => row.institutionParticipations,
      numeric: true,
    },
    { key: 'international', header: t('rows.international'), value: (row) => yesNo(row.international, t) },
  ];
}

function fundingColumns(t: TFunction, locale: string): TableColumn<FundingRow>[] {
  return [
    { key: 'cluster', header: t('rows.cluster'), value: (row) => row.cluster.name },
    { key: 'year', header: t('rows.year'), value: (row) => row.year },
    {
      key: 'source',
      header: t('rows.source'),
      value: (row) => labelOf(FUNDING_SOURCE_LABELS, row.source, locale),
    },
    {
      key: 'status',
      header: t('rows.status'),
      value: (row) => labelOf(FUNDING_STATUS_LABELS, row.status, locale),
    },
    {
      key: 'amount',
      header: t('rows.amount'),
      value: (row) => row.amountDkk,
      render: (row) => formatValue(row.amountDkk, 'dkk', locale),
      numeric: true,
    },
    { key: 'note', header: t('rows.note'), value: (row) => row.note },
  ];
}

function caseColumns(t: TFunction, locale: string): TableColumn<CaseRow>[] {
  const stage = (id: string) => labelOf(CASE_STAGE_LABELS, id, locale);
  return [
    { key: 'company', header: t('rows.company'), value: (row) => row.companyName },
    { key: 'institution', header: t('rows.institution'), value: (row) => row.institutionName },
    { key: 'stage', header: t('rows.stage'), value: (row) => stage(row.stage) },
    { key: 'createdOn', header: t('rows.createdOn'), value: (row) => row.createdOn },
    { key: 'reached', header: t('rows.reachedStages'), value: (row) => row.reached.map(stage).join(', ') },
    {
      key: 'fundingDkk',
      header: t('rows.fundingTotal'),
      value: (row) => row.fundingDkk,
      render: (row) => formatValue(row.fundingDkk, 'dkk', locale),
      numeric: true,
    },
    {
      key: 'fundingBySource',
      header: t('rows.fundingBySource'),
      value: (row) =>
        row.funding
          .map(
            (f) =>
              `${labelOf(FUNDING_SOURCE_LABELS, f.source, locale)}: ${formatValue(f.amountDkk, 'dkk', locale)}`,
          )
          .join('; ') || null,
    },
    { key: 'inNumerator', header: t('rows.inNumerator'), value: (row) => yesNo(row.inNumerator, t) },
  ];
}

function yesNo(value: boolean | null | undefined, t: TFunction): CellValue {
  return value === null || value === undefined ? null : value ? t('rows.yes') : t('rows.no');
}

/** The rows of an answer, whatever their kind. */
export function rowsOf(answer: StatisticsRows): FigureRow[] {
  return answer.organizations ?? answer.activities ?? answer.fundingRecords ?? answer.cases ?? [];
}

/** The columns of the rows behind a figure; the answer's kind says which rows `rowsOf` holds. */
export function rowColumns(
  kind: StatisticsRows['kind'],
  t: TFunction,
  locale: string,
): TableColumn<FigureRow>[] {
  const columns =
    kind === 'organizations'
      ? organizationColumns(t, locale)
      : kind === 'activities'
        ? activityColumns(t, locale)
        : kind === 'cases'
          ? caseColumns(t, locale)
          : fundingColumns(t, locale);
  return columns as TableColumn<FigureRow>[];
}
