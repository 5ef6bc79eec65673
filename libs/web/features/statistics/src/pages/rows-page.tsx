import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { label } from '@videnbro/domain';
import { DataTable, ErrorAlert, LoadingState, PageTitle, ScreenOnly, tableData } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { describeError } from '../lib/errors';
import { statisticsPath } from '../lib/paths';
import { useStatisticsQuery } from '../lib/period';
import { rowColumns, rowsOf } from '../lib/row-columns';
import { useAllStatisticsRows, useStatisticsRows, type FigureId } from '../queries/statistics';

/** `/statistics/rows?figure=…`: the organisations, activities or funding records a figure counts, exportable. */
export function RowsPage() {
  const { t, i18n } = useTranslation('statistics');
  const { period, cluster } = useStatisticsQuery();
  const [params, setParams] = useSearchParams();
  const figure = (params.get('figure') ?? '') as FigureId;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const scope = { cluster, ...period };
  const rows = useStatisticsRows(scope, figure, page);
  const loadAll = useAllStatisticsRows();
  const data = rows.data;
  const goTo = (next: number) => {
    const changed = new URLSearchParams(params);
    changed.set('page', String(next));
    setParams(changed);
  };

  const back = (
    <ScreenOnly>
      <Anchor component={Link} to={statisticsPath('dashboard', { cluster, ...period })}>
        {t('rows.back')}
      </Anchor>
    </ScreenOnly>
  );
  if (rows.isPending) return <LoadingState />;
  if (!data) {
    return (
      <Stack gap="md">
        <PageTitle>{t('title')}</PageTitle>
        {rows.error && <ErrorAlert error={describeError(rows.error, t)} />}
        {back}
      </Stack>
    );
  }

  const figureLabel = label(data.figure.label, i18n.language);
  const columns = rowColumns(data.kind, t, i18n.language);
  const pages = Math.max(1, Math.ceil(data.total / data.limit));
  return (
    <Stack gap="md" data-testid="statistics-rows">
      <PageTitle>{t('rows.title', { figure: figureLabel })}</PageTitle>
      {back}
      <Text size="sm" maw="48rem">
        {label(data.figure.definition, i18n.language)}
      </Text>
      <Text size="sm" fw={600} data-testid="rows-total">
        {t('rows.count', { count: data.total })}
      </Text>
      {rows.error && <ErrorAlert error={describeError(rows.error, t)} />}
      <DataTable
        title={figureLabel}
        columns={columns}
        rows={rowsOf(data)}
        rowKey={(row) => row.id}
        fileName={`${figure}_${period.from}_${period.to}`}
        exportTable={async () => tableData(columns, rowsOf(await loadAll(scope, figure)))}
        empty={t('rows.empty')}
        data-testid="rows-table"
        footer={
          pages > 1 && (
            <ScreenOnly>
              <Group justify="space-between" mt="sm">
                <Button variant="default" size="xs" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                  {t('rows.previous')}
                </Button>
                <Text size="sm" aria-live="polite">
                  {t('rows.page', { page, pages })}
                </Text>
                <Button variant="default" size="xs" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                  {t('rows.next')}
                </Button>
              </Group>
            </ScreenOnly>
          )
        }
      />
    </Stack>
  );
}

export default RowsPage;
