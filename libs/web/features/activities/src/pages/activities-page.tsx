import {
  Anchor,
  Button,
  EmptyState,
  Group,
  NativeSelect,
  Pagination,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES, label, type ActivityType } from '@videnbro/domain';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { describeError } from '../lib/errors';
import { filtersFrom, filtersToParams, yearOf, yearRange, type ActivityFilters } from '../lib/filters';
import { formatPeriod } from '../lib/format';
import { ACTIVITY_ROUTES, activityPath } from '../lib/paths';
import { PAGE_SIZE, useActivities } from '../queries/activities';
import { useActivityAccess } from '../queries/clusters';

/** The years offered as a shortcut for the date range: this year and the five before. */
function recentYears(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 7 }, (_, i) => now + 1 - i);
}

/**
 * `/activities`: the activities of the user's clusters (brokers) or of all clusters (programme staff,
 * admins), filtered by cluster, period, type and text, with their participation counts.
 */
export function ActivitiesPage() {
  const { t, i18n } = useTranslation('activities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const access = useActivityAccess();
  const activities = useActivities(filters);
  const [text, setText] = useState(filters.q);

  const update = (changes: Partial<ActivityFilters>) =>
    setParams(filtersToParams({ ...filters, page: 1, ...changes }), { replace: true });
  const search = useDebouncedCallback((q: string) => update({ q }), 300);
  const year = yearOf(filters);
  const pages = activities.data ? Math.ceil(activities.data.total / PAGE_SIZE) : 0;

  return (
    <Stack gap="lg" data-testid="activities-page">
      <PageTitle>{t('list.title')}</PageTitle>
      <Group justify="space-between" align="flex-start">
        <Text maw="40rem">{t('list.intro')}</Text>
        <Group>
          <Button component={Link} to={ACTIVITY_ROUTES.funding} variant="light" data-testid="funding-link">
            {t('funding.title')}
          </Button>
          {access.editable.length > 0 && (
            <Button component={Link} to={ACTIVITY_ROUTES.create} data-testid="new-activity-link">
              {t('list.new')}
            </Button>
          )}
        </Group>
      </Group>

      <form role="search" aria-label={t('list.filters')} onSubmit={(event) => event.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 6 }} data-testid="activity-filters">
          <TextInput
            type="search"
            label={t('list.text')}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              search(event.currentTarget.value);
            }}
            data-testid="filter-text"
          />
          <NativeSelect
            label={t('list.cluster')}
            value={filters.cluster}
            onChange={(event) => update({ cluster: event.currentTarget.value })}
            data-testid="filter-cluster"
          >
            <option value="">{t('list.allClusters')}</option>
            {access.clusters.map((cluster) => (
              <option key={cluster.id} value={cluster.id}>
                {cluster.name}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('list.type')}
            value={filters.type}
            onChange={(event) => update({ type: event.currentTarget.value as ActivityType | '' })}
            data-testid="filter-type"
          >
            <option value="">{t('list.allTypes')}</option>
            {ACTIVITY_TYPES.map((type) => (
              <option key={type.id} value={type.id}>
                {label(type, locale)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('list.year')}
            value={year === null ? '' : String(year)}
            onChange={(event) => {
              const chosen = event.currentTarget.value;
              update(chosen ? yearRange(Number(chosen)) : { from: '', to: '' });
            }}
            data-testid="filter-year"
          >
            <option value="">
              {filters.from || filters.to ? t('list.customPeriod') : t('list.allYears')}
            </option>
            {recentYears().map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            type="date"
            label={t('list.from')}
            value={filters.from}
            onChange={(event) => update({ from: event.currentTarget.value })}
            data-testid="filter-from"
          />
          <TextInput
            type="date"
            label={t('list.to')}
            value={filters.to}
            onChange={(event) => update({ to: event.currentTarget.value })}
            data-testid="filter-to"
          />
        </SimpleGrid>
      </form>

      {activities.isPending && <LoadingState />}
      {activities.error && <ErrorAlert error={describeError(activities.error, t)} />}
      <Text size="sm" role="status" aria-live="polite" data-testid="activity-count">
        {activities.data ? t('list.count', { count: activities.data.total }) : ''}
      </Text>
      {activities.data?.total === 0 && (
        <EmptyState>
          <EmptyState.Title order={2}>{t('list.none')}</EmptyState.Title>
          <EmptyState.Description>{t('list.noneText')}</EmptyState.Description>
        </EmptyState>
      )}
      {activities.data && activities.data.total > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" data-testid="activities-table">
            <Table.Caption>{t('list.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.title')}</Table.Th>
                <Table.Th>{t('fields.type')}</Table.Th>
                <Table.Th>{t('list.when')}</Table.Th>
                <Table.Th>{t('list.clusters')}</Table.Th>
                <Table.Th ta="right">{t('list.organizations')}</Table.Th>
                <Table.Th ta="right">{t('list.persons')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activities.data.items.map((activity) => (
                <Table.Tr key={activity.id} data-testid="activity-row" data-activity-id={activity.id}>
                  <Table.Td>
                    <Anchor component={Link} to={activityPath(activity.id)}>
                      {activity.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{label(ACTIVITY_TYPE_LABELS[activity.type], locale)}</Table.Td>
                  <Table.Td>{formatPeriod(activity.startsOn, activity.endsOn, locale)}</Table.Td>
                  <Table.Td>{activity.clusters.map(({ name }) => name).join(', ')}</Table.Td>
                  <Table.Td ta="right" data-testid="activity-organizations">
                    {activity.participatingOrganizations}
                  </Table.Td>
                  <Table.Td ta="right">{activity.participatingPersons}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={filters.page}
          onChange={(page) => update({ page })}
          aria-label={t('list.pages')}
          getControlProps={(control) => ({ 'aria-label': t(`list.${control}`) })}
        />
      )}
    </Stack>
  );
}

export default ActivitiesPage;
