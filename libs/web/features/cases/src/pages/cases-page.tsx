import {
  Checkbox,
  EmptyState,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { CASE_STAGES, isCaseStage, label } from '@videnbro/domain';
import { useMyOrganizations, useRights } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, NotFound, PageTitle } from '@videnbro/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { CaseTable } from '../components/case-table';
import { describeError } from '../lib/errors';
import { filtersFrom, paramsFrom, type CaseFilters } from '../lib/filters';
import { CASES_PAGE_SIZE, useCases, useWaitingCases } from '../queries/cases';

/**
 * `/cases`: the consent requests waiting for the user on top, then every case they may see (their
 * organisations' as a party, their clusters' as a broker), filtered through the URL. `links`: the ways
 * on to other case pages (the brokers' board and inbox), filled by the app.
 */
export function CasesPage({ links }: { links?: ReactNode }) {
  const { t } = useTranslation('cases');
  const rights = useRights();
  // The right follows from the user's organisations: wait for them rather than say "not found".
  const memberships = useMyOrganizations();
  if (memberships.isPending && !rights.cases) return <LoadingState />;
  if (!rights.cases) return <NotFound />;
  return (
    <Stack gap="lg" data-testid="cases-page">
      <PageTitle>{t('title')}</PageTitle>
      <Text maw="40rem">{t('intro')}</Text>
      {links}
      <Waiting />
      <AllCases />
    </Stack>
  );
}

function Waiting() {
  const { t } = useTranslation('cases');
  const waiting = useWaitingCases();
  if (!waiting.data?.items.length) return null;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="cases-waiting" data-testid="cases-waiting">
      <Title order={2} size="h3" id="cases-waiting">
        {t('waiting.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('waiting.intro')}
      </Text>
      <CaseTable items={waiting.data.items} caption={t('waiting.title')} />
    </Paper>
  );
}

function AllCases() {
  const { t } = useTranslation('cases');
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const cases = useCases(filters);
  const filtered = Boolean(filters.stage || filters.cluster || filters.mine || filters.overdue);
  const change = (next: Partial<CaseFilters>) =>
    setParams(paramsFrom({ ...filters, page: 1, ...next }), { replace: true });

  return (
    <Stack component="section" aria-labelledby="cases-all" gap="md">
      <Title order={2} size="h3" id="cases-all">
        {t('list.title')}
      </Title>
      <Filters filters={filters} onChange={change} />
      {cases.isPending ? (
        <LoadingState />
      ) : cases.error ? (
        <ErrorAlert error={describeError(cases.error, t)} />
      ) : cases.data.items.length === 0 ? (
        <EmptyState data-testid="cases-empty">
          <EmptyState.Title order={3}>{filtered ? t('list.noMatch') : t('list.none')}</EmptyState.Title>
          {!filtered && <EmptyState.Description>{t('list.noneText')}</EmptyState.Description>}
        </EmptyState>
      ) : (
        <>
          <Text size="sm" data-testid="cases-total" role="status">
            {t('list.total', { count: cases.data.total })}
          </Text>
          <CaseTable items={cases.data.items} caption={t('list.title')} />
          {cases.data.total > CASES_PAGE_SIZE && (
            <Pagination
              total={Math.ceil(cases.data.total / CASES_PAGE_SIZE)}
              value={filters.page}
              onChange={(page) => change({ page })}
              getControlProps={() => ({ 'aria-label': t('list.pagination') })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

/** Stage for everyone; cluster, "mine" and overdue for brokers, whose lists are long. */
function Filters({
  filters,
  onChange,
}: {
  filters: CaseFilters;
  onChange: (next: Partial<CaseFilters>) => void;
}) {
  const { t, i18n } = useTranslation('cases');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const memberships = useMyOrganizations();
  const clusters = (memberships.data ?? [])
    .map(({ organization }) => organization)
    .filter((organization) => organization.kind === 'cluster');

  return (
    <Group align="flex-end" gap="md" role="group" aria-label={t('filters.label')}>
      <NativeSelect
        label={t('filters.stage')}
        data={[
          { value: '', label: t('filters.anyStage') },
          ...CASE_STAGES.map((stage) => ({ value: stage.id, label: label(stage, locale) })),
        ]}
        value={filters.stage ?? ''}
        onChange={(event) => {
          const stage = event.currentTarget.value;
          onChange({ stage: isCaseStage(stage) ? stage : undefined });
        }}
        data-testid="filter-stage"
      />
      {clusters.length > 0 && (
        <>
          <NativeSelect
            label={t('filters.cluster')}
            data={[
              { value: '', label: t('filters.anyCluster') },
              ...clusters.map(({ id, name }) => ({ value: id, label: name })),
            ]}
            value={filters.cluster ?? ''}
            onChange={(event) => onChange({ cluster: event.currentTarget.value || undefined })}
            data-testid="filter-cluster"
          />
          <Checkbox
            label={t('filters.mine')}
            checked={Boolean(filters.mine)}
            onChange={(event) => onChange({ mine: event.currentTarget.checked || undefined })}
            data-testid="filter-mine"
          />
          <Checkbox
            label={t('filters.overdue')}
            checked={Boolean(filters.overdue)}
            onChange={(event) => onChange({ overdue: event.currentTarget.checked || undefined })}
            data-testid="filter-overdue"
          />
        </>
      )}
    </Group>
  );
}

export default CasesPage;
