import {
  Anchor,
  Button,
  EmptyState,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { FUNDING_SOURCE_LABELS, FUNDING_STATUS_LABELS, label } from '@videnbro/domain';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { EMPTY_FUNDING, FundingRecordForm } from '../components/funding-record-form';
import { describeError } from '../lib/errors';
import { caseLabel, formatDkk } from '../lib/format';
import { ACTIVITY_ROUTES, activityPath } from '../lib/paths';
import { useActivityChoices } from '../queries/activities';
import { useCaseChoices } from '../queries/cases';
import { useActivityAccess } from '../queries/clusters';
import {
  useCreateFundingRecord,
  useDeleteFundingRecord,
  useFundingRecords,
  useUpdateFundingRecord,
} from '../queries/funding-records';
import type { FundingRecord, LinkedCase } from '../queries/types';

function years(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 8 }, (_, i) => now + 1 - i);
}

/**
 * `/activities/funding`: a cluster's money per year by source, spent or secured. Brokers keep their
 * clusters' records; programme staff read every cluster's.
 */
export function FundingRecordsPage() {
  const { t } = useTranslation('activities');
  const access = useActivityAccess();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const chosen = params.get('cluster') ?? '';
  const clusterId = access.clusters.some(({ id }) => id === chosen) ? chosen : (access.clusters[0]?.id ?? '');
  const choose = (changes: Record<string, string>) =>
    setParams({ cluster: clusterId, year: String(year), ...changes }, { replace: true });

  return (
    <Stack gap="lg" data-testid="funding-page">
      <Anchor component={Link} to={ACTIVITY_ROUTES.list} size="sm">
        {t('detail.back')}
      </Anchor>
      <PageTitle>{t('funding.title')}</PageTitle>
      <Text maw="40rem">{t('funding.intro')}</Text>
      {access.pending ? (
        <LoadingState />
      ) : access.clusters.length === 0 ? (
        <Text data-testid="not-a-broker">{t('editor.notABroker')}</Text>
      ) : (
        <>
          <Group>
            <NativeSelect
              label={t('list.cluster')}
              value={clusterId}
              onChange={(event) => choose({ cluster: event.currentTarget.value })}
              data-testid="funding-cluster"
            >
              {access.clusters.map((cluster) => (
                <option key={cluster.id} value={cluster.id}>
                  {cluster.name}
                </option>
              ))}
            </NativeSelect>
            <NativeSelect
              label={t('funding.year')}
              value={String(year)}
              onChange={(event) => choose({ year: event.currentTarget.value })}
              data-testid="funding-year"
            >
              {years().map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </NativeSelect>
          </Group>
          <Records
            clusterId={clusterId}
            year={year}
            editable={access.editable.some(({ id }) => id === clusterId)}
          />
        </>
      )}
    </Stack>
  );
}

function Records({ clusterId, year, editable }: { clusterId: string; year: number; editable: boolean }) {
  const { t, i18n } = useTranslation('activities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const records = useFundingRecords(clusterId, year);
  const activities = useActivityChoices(clusterId, year).data ?? [];
  // Only the cluster's brokers (and admins) may list its cases, and only they record funding.
  const cases = useCaseChoices(editable ? [clusterId] : []);
  const create = useCreateFundingRecord();
  const [formKey, setFormKey] = useState(0);
  const [editing, setEditing] = useState<FundingRecord | null>(null);
  const [deleting, setDeleting] = useState<FundingRecord | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const total = (status: FundingRecord['status']) =>
    (records.data ?? [])
      .filter((record) => record.status === status)
      .reduce((sum, r) => sum + r.amountDkk, 0);
  const describe = (record: FundingRecord) =>
    `${label(FUNDING_SOURCE_LABELS[record.source], locale)}, ${formatDkk(record.amountDkk)}`;

  return (
    <Stack gap="md">
      {records.isPending && <LoadingState />}
      {records.error && <ErrorAlert error={describeError(records.error, t)} />}
      <Text size="sm" role="status" aria-live="polite" data-testid="funding-announcement">
        {announcement}
      </Text>
      {records.data?.length === 0 && (
        <EmptyState>
          <EmptyState.Title order={2}>{t('funding.none', { year })}</EmptyState.Title>
          <EmptyState.Description>{t('funding.noneText')}</EmptyState.Description>
        </EmptyState>
      )}
      {records.data && records.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" data-testid="funding-table">
            <Table.Caption>{t('funding.caption', { year })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('funding.source')}</Table.Th>
                <Table.Th>{t('funding.status')}</Table.Th>
                <Table.Th ta="right">{t('funding.amount')}</Table.Th>
                <Table.Th>{t('funding.activity')}</Table.Th>
                <Table.Th>{t('funding.case')}</Table.Th>
                <Table.Th>{t('funding.note')}</Table.Th>
                {editable && <Table.Th>{t('participants.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.data.map((record) => (
                <Table.Tr key={record.id} data-testid="funding-row">
                  <Table.Td>{label(FUNDING_SOURCE_LABELS[record.source], locale)}</Table.Td>
                  <Table.Td>{label(FUNDING_STATUS_LABELS[record.status], locale)}</Table.Td>
                  <Table.Td ta="right" data-testid="funding-row-amount">
                    {formatDkk(record.amountDkk)}
                  </Table.Td>
                  <Table.Td>
                    {record.activity && (
                      <Anchor component={Link} to={activityPath(record.activity.id)} size="sm">
                        {record.activity.title}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td data-testid="funding-row-case">
                    {record.case && caseLabel(record.case, locale)}
                  </Table.Td>
                  <Table.Td>{record.note}</Table.Td>
                  {editable && (
                    <Table.Td>
                      {record.canEdit && (
                        <Group gap="xs">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('funding.editLabel', { record: describe(record) })}
                            onClick={() => setEditing(record)}
                          >
                            {t('participants.edit')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            aria-label={t('funding.deleteLabel', { record: describe(record) })}
                            onClick={() => setDeleting(record)}
                          >
                            {t('funding.delete')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              {(['spent', 'secured'] as const).map((status) => (
                <Table.Tr key={status}>
                  <Table.Th colSpan={2}>{t(`funding.total.${status}`)}</Table.Th>
                  <Table.Td ta="right" fw={700} data-testid={`funding-total-${status}`}>
                    {formatDkk(total(status))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable && (
        <Paper withBorder p="md" component="section" aria-labelledby="add-funding">
          <Title order={2} size="h4" id="add-funding" mb="sm">
            {t('funding.addTitle', { year })}
          </Title>
          <FundingRecordForm
            key={formKey}
            testId="add-funding"
            initial={EMPTY_FUNDING}
            activities={activities}
            cases={cases}
            pending={create.isPending}
            error={create.error && describeError(create.error, t)}
            submitLabel={t('funding.add')}
            onSubmit={(values) =>
              create.mutate(
                {
                  ...values,
                  clusterId,
                  year,
                  activityId: values.activityId || null,
                  caseId: values.caseId || null,
                  note: values.note || null,
                },
                {
                  onSuccess: (record) => {
                    setAnnouncement(t('funding.added', { record: describe(record) }));
                    setFormKey((key) => key + 1);
                  },
                },
              )
            }
          />
        </Paper>
      )}
      <EditRecord
        record={editing}
        activities={activities}
        cases={cases}
        onClose={(saved) => {
          if (saved) setAnnouncement(t('funding.saved', { record: describe(saved) }));
          setEditing(null);
        }}
      />
      <DeleteRecord
        record={deleting}
        describe={describe}
        onClose={(deleted) => {
          if (deleted && deleting) setAnnouncement(t('funding.deleted', { record: describe(deleting) }));
          setDeleting(null);
        }}
      />
    </Stack>
  );
}

function EditRecord({
  record,
  activities,
  cases,
  onClose,
}: {
  record: FundingRecord | null;
  activities: readonly { id: string; title: string }[];
  cases: readonly LinkedCase[];
  onClose: (saved: FundingRecord | null) => void;
}) {
  const { t } = useTranslation('activities');
  const update = useUpdateFundingRecord();
  const close = (saved: FundingRecord | null) => {
    update.reset();
    onClose(saved);
  };
  return (
    <Modal
      opened={record !== null}
      onClose={() => close(null)}
      title={t('funding.editTitle')}
      centered
      size="lg"
    >
      {record && (
        <FundingRecordForm
          testId="edit-funding"
          initial={{
            source: record.source,
            status: record.status,
            amountDkk: record.amountDkk,
            activityId: record.activity?.id ?? '',
            caseId: record.case?.id ?? '',
            note: record.note ?? '',
          }}
          // The linked activity stays a choice when it is not among the year's (moved to another year).
          activities={
            record.activity && !activities.some(({ id }) => id === record.activity?.id)
              ? [record.activity, ...activities]
              : activities
          }
          cases={
            record.case && !cases.some(({ id }) => id === record.case?.id) ? [record.case, ...cases] : cases
          }
          pending={update.isPending}
          error={update.error && describeError(update.error, t)}
          submitLabel={t('funding.save')}
          onSubmit={(values) =>
            update.mutate(
              {
                id: record.id,
                ...values,
                activityId: values.activityId || null,
                caseId: values.caseId || null,
                note: values.note || null,
              },
              { onSuccess: close },
            )
          }
          cancel={
            <Button variant="default" onClick={() => close(null)}>
              {t('editor.cancel')}
            </Button>
          }
        />
      )}
    </Modal>
  );
}

function DeleteRecord({
  record,
  describe,
  onClose,
}: {
  record: FundingRecord | null;
  describe: (record: FundingRecord) => string;
  onClose: (deleted: boolean) => void;
}) {
  const { t } = useTranslation('activities');
  const remove = useDeleteFundingRecord();
  const close = (deleted: boolean) => {
    remove.reset();
    onClose(deleted);
  };
  return (
    <Modal opened={record !== null} onClose={() => close(false)} title={t('funding.deleteTitle')} centered>
      <Text mb="md">{record && t('funding.deleteConfirm', { record: describe(record) })}</Text>
      {remove.error && <ErrorAlert error={describeError(remove.error, t)} />}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => close(false)}>
          {t('editor.cancel')}
        </Button>
        <Button
          color="red"
          loading={remove.isPending}
          data-testid="confirm-delete-funding"
          onClick={() => record && remove.mutate({ id: record.id }, { onSuccess: () => close(true) })}
        >
          {t('funding.delete')}
        </Button>
      </Group>
    </Modal>
  );
}

export default FundingRecordsPage;
