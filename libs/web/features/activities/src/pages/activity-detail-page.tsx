import {
  Alert,
  Anchor,
  Button,
  EmptyState,
  Group,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  ACTIVITY_FORMAT_LABELS,
  ACTIVITY_FUNDING_SOURCE_LABELS,
  ACTIVITY_TYPE_LABELS,
  label,
} from '@videnbro/domain';
import { ErrorAlert, FactList, LoadingState, NotFound, PageTitle, type Fact } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { AddParticipant } from '../components/add-participant';
import { ParticipantsTable } from '../components/participants-table';
import { describeError } from '../lib/errors';
import { caseLabel, formatPeriod } from '../lib/format';
import { ACTIVITY_ROUTES, editActivityPath, importParticipantsPath } from '../lib/paths';
import { useActivity, useDeleteActivity } from '../queries/activities';
import { useParticipations } from '../queries/participations';
import type { Activity } from '../queries/types';

/** `/activities/:id`: the activity, its participants, and for its brokers the ways to change both. */
export function ActivityDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('activities');
  const activity = useActivity(id);

  if (activity.isPending) return <LoadingState />;
  if (activity.error?.status === 404 || activity.error?.status === 400) return <NotFound />;
  if (activity.error) return <ErrorAlert error={describeError(activity.error, t)} />;
  return <Detail activity={activity.data} editable={activity.data.canEdit} />;
}

function Detail({ activity, editable }: { activity: Activity; editable: boolean }) {
  const { t, i18n } = useTranslation('activities');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const [announcement, setAnnouncement] = useState('');

  const facts: Fact[] = [
    [t('fields.type'), label(ACTIVITY_TYPE_LABELS[activity.type], locale)],
    [t('list.when'), formatPeriod(activity.startsOn, activity.endsOn, locale)],
    [t('fields.format'), label(ACTIVITY_FORMAT_LABELS[activity.format], locale)],
    [t('fields.place'), activity.place],
    [t('fields.fundingSource'), label(ACTIVITY_FUNDING_SOURCE_LABELS[activity.fundingSource], locale)],
    [t('list.clusters'), activity.clusters.map(({ name }) => name).join(', ')],
  ];

  return (
    <Stack gap="lg" data-testid="activity-page">
      <Anchor component={Link} to={ACTIVITY_ROUTES.list} size="sm">
        {t('detail.back')}
      </Anchor>
      <PageTitle>{activity.title}</PageTitle>
      {saved && (
        <Alert color="green" variant="light" role="status" data-testid="activity-saved">
          {t('detail.saved')}
        </Alert>
      )}
      {editable && (
        <Group>
          <Button component={Link} to={editActivityPath(activity.id)} data-testid="edit-activity-link">
            {t('detail.edit')}
          </Button>
          <DeleteActivity activity={activity} />
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <FactList facts={facts} termWidth="9rem" />
        {activity.description && <Text style={{ whiteSpace: 'pre-line' }}>{activity.description}</Text>}
      </SimpleGrid>

      {activity.cases.length > 0 && (
        <section aria-labelledby="cases-heading">
          <Title order={2} size="h3" id="cases-heading" mb="xs">
            {t('detail.cases')}
          </Title>
          {/* There is no case page yet: the parties and stage, as text. */}
          <List data-testid="activity-cases">
            {activity.cases.map((linked) => (
              <List.Item key={linked.id}>{caseLabel(linked, locale)}</List.Item>
            ))}
          </List>
        </section>
      )}

      <section aria-labelledby="participants-heading">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h3" id="participants-heading">
              {t('participants.title')}
            </Title>
            {editable && (
              <Button
                component={Link}
                to={importParticipantsPath(activity.id)}
                variant="light"
                data-testid="import-participants-link"
              >
                {t('participants.import')}
              </Button>
            )}
          </Group>
          <Text data-testid="participant-count">
            {t('participants.count', {
              count: activity.participatingOrganizations,
              persons: activity.participatingPersons,
            })}
          </Text>
          <Text size="sm" role="status" aria-live="polite" data-testid="participants-announcement">
            {announcement}
          </Text>
          <Participants activityId={activity.id} editable={editable} onChanged={setAnnouncement} />
          {editable && <AddParticipant activityId={activity.id} onAdded={setAnnouncement} />}
        </Stack>
      </section>
    </Stack>
  );
}

function Participants({
  activityId,
  editable,
  onChanged,
}: {
  activityId: string;
  editable: boolean;
  onChanged: (announcement: string) => void;
}) {
  const { t } = useTranslation('activities');
  const participations = useParticipations(activityId);
  if (participations.isPending) return <LoadingState />;
  if (participations.error) return <ErrorAlert error={describeError(participations.error, t)} />;
  if (participations.data.length === 0) {
    return (
      <EmptyState>
        <EmptyState.Title order={3}>{t('participants.none')}</EmptyState.Title>
        <EmptyState.Description>{t('participants.noneText')}</EmptyState.Description>
      </EmptyState>
    );
  }
  return (
    <ParticipantsTable
      activityId={activityId}
      participations={participations.data}
      editable={editable}
      onChanged={onChanged}
    />
  );
}

function DeleteActivity({ activity }: { activity: Activity }) {
  const { t } = useTranslation('activities');
  const navigate = useNavigate();
  const remove = useDeleteActivity(activity.id);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    remove.reset();
  };
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setOpen(true)} data-testid="delete-activity">
        {t('detail.delete')}
      </Button>
      <Modal opened={open} onClose={close} title={t('detail.deleteTitle')} centered>
        <Text mb="md">{t('detail.deleteConfirm', { title: activity.title })}</Text>
        {remove.error && <ErrorAlert error={describeError(remove.error, t)} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            {t('editor.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            data-testid="confirm-delete-activity"
            onClick={() => remove.mutate(undefined, { onSuccess: () => navigate(ACTIVITY_ROUTES.list) })}
          >
            {t('detail.delete')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

export default ActivityDetailPage;
