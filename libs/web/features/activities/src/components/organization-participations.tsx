import { Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { ACTIVITY_TYPE_LABELS, label, PARTICIPATION_ROLE_LABELS } from '@videnbro/domain';
import { useMe, useMyOrganizations } from '@videnbro/web-core';
import { ErrorAlert, LoadingState } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import { formatPeriod } from '../lib/format';
import { PARTICIPATIONS_PAGE_SIZE, useOrganizationParticipations } from '../queries/participations';

export interface OrganizationParticipationsProps {
  organizationId: string;
}

/**
 * The cluster activities an organisation took part in, read-only, for its own members (and programme
 * staff and admins): nobody else may read them, so nobody else is shown the section.
 */
export function OrganizationParticipations({ organizationId }: OrganizationParticipationsProps) {
  const { t, i18n } = useTranslation('activities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const me = useMe();
  const memberships = useMyOrganizations({ enabled: Boolean(me.data) });
  const roles = me.data?.roles ?? [];
  const mayRead =
    roles.includes('admin') ||
    roles.includes('programme') ||
    (memberships.data ?? []).some(({ organization }) => organization.id === organizationId);
  const [page, setPage] = useState(1);
  const participations = useOrganizationParticipations(organizationId, page, mayRead);
  const pages = participations.data ? Math.ceil(participations.data.total / PARTICIPATIONS_PAGE_SIZE) : 0;

  if (!mayRead) return null;
  return (
    <section aria-labelledby="organization-participations" data-testid="organization-participations">
      <Stack gap="sm">
        <Title order={2} size="h3" id="organization-participations">
          {t('ours.title')}
        </Title>
        {participations.isPending && <LoadingState />}
        {participations.error && <ErrorAlert error={describeError(participations.error, t)} />}
        {participations.data?.total === 0 && <Text c="dimmed">{t('ours.none')}</Text>}
        {participations.data && participations.data.total > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs">
              <Table.Caption>{t('ours.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.title')}</Table.Th>
                  <Table.Th>{t('fields.type')}</Table.Th>
                  <Table.Th>{t('list.when')}</Table.Th>
                  <Table.Th>{t('list.clusters')}</Table.Th>
                  <Table.Th>{t('participants.role')}</Table.Th>
                  <Table.Th ta="right">{t('participants.persons')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {participations.data.items.map(({ id, activity, role, persons }) => (
                  <Table.Tr key={id} data-testid="organization-participation">
                    <Table.Td>{activity.title}</Table.Td>
                    <Table.Td>{label(ACTIVITY_TYPE_LABELS[activity.type], locale)}</Table.Td>
                    <Table.Td>{formatPeriod(activity.startsOn, activity.endsOn, locale)}</Table.Td>
                    <Table.Td>{activity.clusters.map(({ name }) => name).join(', ')}</Table.Td>
                    <Table.Td>{label(PARTICIPATION_ROLE_LABELS[role], locale)}</Table.Td>
                    <Table.Td ta="right">{persons}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {pages > 1 && (
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            aria-label={t('list.pages')}
            getControlProps={(control) => ({ 'aria-label': t(`list.${control}`) })}
          />
        )}
      </Stack>
    </section>
  );
}
