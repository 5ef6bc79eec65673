import { Button, Group, NativeSelect, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { label } from '@videnbro/domain';
import { useVisibleClusters } from '@videnbro/web-core';
import {
  ErrorAlert,
  LoadingState,
  PageTitle,
  ScreenOnly,
  TableExport,
  type TableData,
} from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { StatisticsFilters } from '../components/statistics-filters';
import { StatisticsNav } from '../components/statistics-nav';
import { describeError } from '../lib/errors';
import { formatValue, type FigureUnit } from '../lib/format';
import { defaultPeriod } from '../lib/period';
import { useStatisticsAccess } from '../queries/access';
import { useEvaluation, useSetTargets, type Evaluation, type TargetInput } from '../queries/statistics';

const SPAN = 5;

/** A share's target is typed in percent and stored as 0–1; other targets as they are. */
const toInput = (target: number | null, unit: FigureUnit): string | number =>
  target === null ? '' : unit === 'share' ? Math.round(target * 10000) / 100 : target;
const fromInput = (input: string | number, unit: FigureUnit): number | null =>
  input === '' ? null : unit === 'share' ? Number(input) / 100 : Number(input);

type Inputs = Record<string, string | number>;
const cellKey = (figure: string, year: number) => `${figure}:${year}`;

function inputsOf(evaluation: Evaluation): Inputs {
  return Object.fromEntries(
    evaluation.figures.flatMap((figure) =>
      figure.years.map((year) => [cellKey(figure.id, year.year), toInput(year.target, figure.unit)]),
    ),
  );
}

/**
 * `/statistics/evaluation?cluster=…&fromYear=…`: five years of a cluster's figures against its targets,
 * the basis of its 5-year evaluation; programme staff and admins set the targets in the table.
 */
export function EvaluationPage() {
  const { t } = useTranslation('statistics');
  const [params, setParams] = useSearchParams();
  const { clusters } = useVisibleClusters();
  const cluster = params.get('cluster') || clusters[0]?.id || '';
  const lastYear = Number(defaultPeriod().to.slice(0, 4));
  const fromYear = Number(params.get('fromYear')) || lastYear - SPAN + 1;
  const toYear = fromYear + SPAN - 1;
  const evaluation = useEvaluation(cluster, fromYear, toYear);
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg" data-testid="statistics-evaluation">
      <PageTitle>{t('evaluation.title')}</PageTitle>
      <StatisticsNav cluster={cluster} period={{ from: `${fromYear}-01-01`, to: `${toYear}-12-31` }} />
      <Text maw="48rem">{t('evaluation.intro')}</Text>
      <Group align="flex-end" gap="md">
        <StatisticsFilters
          clusters={clusters}
          cluster={cluster}
          onChange={(changes) => update('cluster', changes.cluster ?? '')}
        />
        <ScreenOnly>
          <NativeSelect
            label={t('filters.fromYear')}
            value={String(fromYear)}
            onChange={(event) => update('fromYear', event.currentTarget.value)}
            data={Array.from({ length: 11 }, (_, index) => String(lastYear - 10 + index))}
            data-testid="filter-from-year"
          />
        </ScreenOnly>
      </Group>
      {!cluster && <Text>{t('evaluation.pickCluster')}</Text>}
      {evaluation.error && <ErrorAlert error={describeError(evaluation.error, t)} />}
      {cluster && evaluation.isPending && <LoadingState />}
      {evaluation.data && (
        // Keyed: typed targets belong to one cluster and span of years.
        <EvaluationTable key={`${cluster}:${fromYear}`} cluster={cluster} data={evaluation.data} />
      )}
    </Stack>
  );
}

function EvaluationTable({ cluster, data }: { cluster: string; data: Evaluation }) {
  const { t, i18n } = useTranslation('statistics');
  const locale = i18n.language;
  const { canEditTargets } = useStatisticsAccess();
  const setTargets = useSetTargets(cluster);
  // What the user typed, over the saved targets; cleared once saved (the evaluation is fetched again).
  const [edits, setEdits] = useState<Inputs>({});
  const [saved, setSaved] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const original = inputsOf(data);
  const inputs = { ...original, ...edits };
  const years = data.figures[0]?.years.map(({ year }) => year) ?? [];

  const save = () => {
    const targets: TargetInput[] = [];
    for (const figure of data.figures) {
      for (const { year } of figure.years) {
        const key = cellKey(figure.id, year);
        if (inputs[key] === original[key]) continue;
        const target = fromInput(inputs[key], figure.unit);
        if (target !== null && !(target >= 0)) return setInvalid(true);
        // null removes a target.
        targets.push({ year, figure: figure.id, target });
      }
    }
    setInvalid(false);
    if (targets.length === 0) return;
    setTargets.mutate(targets, {
      onSuccess: () => {
        setEdits({});
        setSaved(true);
      },
    });
  };

  const exportTable = (): TableData => ({
    headers: [
      t('evaluation.figure'),
      ...years.flatMap((year) => [`${year} ${t('evaluation.value')}`, `${year} ${t('evaluation.target')}`]),
    ],
    rows: data.figures.map((figure) => [
      label(figure.label, locale),
      ...figure.years.flatMap((year) => [year.value, year.target]),
    ]),
  });

  return (
    <section aria-labelledby="evaluation-table">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="evaluation-table">
          {`${t('evaluation.table')}: ${data.cluster.name}, ${data.fromYear}–${data.toYear}`}
        </Title>
        <TableExport
          fileName={`evaluation_${data.fromYear}_${data.toYear}`}
          label={t('evaluation.table')}
          table={exportTable}
        />
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table
          withTableBorder
          withColumnBorders
          aria-labelledby="evaluation-table"
          data-testid="evaluation-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('evaluation.figure')}</Table.Th>
              {years.map((year) => (
                <Table.Th key={year} scope="col" ta="right">
                  {year}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.figures.map((figure) => {
              const name = label(figure.label, locale);
              return (
                <Table.Tr key={figure.id}>
                  <Table.Th scope="row" fw={500}>
                    {name}
                  </Table.Th>
                  {figure.years.map((year) => {
                    const key = cellKey(figure.id, year.year);
                    return (
                      <Table.Td key={year.year} ta="right" data-testid={`evaluation-${key}`}>
                        <Text size="sm" fw={600}>
                          {formatValue(year.value, figure.unit, locale)}
                        </Text>
                        {canEditTargets ? (
                          <NumberInput
                            size="xs"
                            mt={4}
                            min={0}
                            allowNegative={false}
                            decimalScale={figure.unit === 'count' || figure.unit === 'dkk' ? 0 : 2}
                            suffix={figure.unit === 'share' ? ' %' : undefined}
                            hideControls
                            aria-label={t('evaluation.targetFor', { figure: name, year: year.year })}
                            placeholder={t('evaluation.noTarget')}
                            value={inputs[key] ?? ''}
                            onChange={(value) => {
                              setSaved(false);
                              setEdits((current) => ({ ...current, [key]: value }));
                            }}
                          />
                        ) : (
                          <Text size="xs" c="dimmed">
                            {year.target === null
                              ? t('evaluation.noTarget')
                              : `${t('evaluation.target')}: ${formatValue(year.target, figure.unit, locale)}`}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {setTargets.error && <ErrorAlert error={describeError(setTargets.error, t)} />}
      {canEditTargets && (
        <ScreenOnly>
          <Group mt="md" gap="md">
            <Button onClick={save} loading={setTargets.isPending} data-testid="save-targets">
              {t('evaluation.save')}
            </Button>
            <div aria-live="polite">
              {saved && <Text size="sm">{t('evaluation.saved')}</Text>}
              {invalid && (
                <Text size="sm" c="red.9">
                  {t('evaluation.invalid')}
                </Text>
              )}
            </div>
          </Group>
        </ScreenOnly>
      )}
    </section>
  );
}

export default EvaluationPage;
