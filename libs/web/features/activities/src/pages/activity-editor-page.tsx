import { Button, Stack, Text } from '@mantine/core';
import { ErrorAlert, LoadingState, NotFound, PageTitle } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ActivityEditor } from '../components/activity-editor';
import { activityBody, emptyActivity, valuesFromActivity } from '../lib/activity-values';
import { describeError } from '../lib/errors';
import { ACTIVITY_ROUTES, activityPath } from '../lib/paths';
import { useActivity, useCreateActivity, useUpdateActivity } from '../queries/activities';
import { useActivityAccess } from '../queries/clusters';
import type { Activity } from '../queries/types';

/** `/activities/new` and `/activities/:id/edit`. */
export function ActivityEditorPage() {
  const { id } = useParams();
  return id ? <EditActivity id={id} /> : <CreateActivity />;
}

function Cancel({ to }: { to: string }) {
  const { t } = useTranslation('activities');
  return (
    <Button component={Link} to={to} variant="subtle">
      {t('editor.cancel')}
    </Button>
  );
}

function useShowSaved() {
  const navigate = useNavigate();
  return (activity: Activity) => navigate(activityPath(activity.id), { state: { saved: true } });
}

function CreateActivity() {
  const { t } = useTranslation('activities');
  const access = useActivityAccess();
  const create = useCreateActivity();
  const showSaved = useShowSaved();

  if (access.pending) return <LoadingState />;
  return (
    <Stack gap="lg" data-testid="new-activity">
      <PageTitle>{t('editor.newTitle')}</PageTitle>
      {access.editable.length === 0 ? (
        <Text data-testid="not-a-broker">{t('editor.notABroker')}</Text>
      ) : (
        <ActivityEditor
          mode="create"
          initial={emptyActivity(access.editable.length === 1 ? access.editable[0].id : '')}
          ownerClusters={access.editable}
          allClusters={access.allClusters}
          pending={create.isPending}
          error={create.error && describeError(create.error, t)}
          onSubmit={(values) => create.mutate(activityBody(values), { onSuccess: showSaved })}
          cancel={<Cancel to={ACTIVITY_ROUTES.list} />}
        />
      )}
    </Stack>
  );
}

function EditActivity({ id }: { id: string }) {
  const { t } = useTranslation('activities');
  const access = useActivityAccess();
  const activity = useActivity(id);
  const update = useUpdateActivity(id);
  const showSaved = useShowSaved();

  if (activity.isPending || access.pending) return <LoadingState />;
  if (activity.error?.status === 404 || activity.error?.status === 400) return <NotFound />;
  if (activity.error) return <ErrorAlert error={describeError(activity.error, t)} />;
  const { data } = activity;
  return (
    <Stack gap="lg" data-testid="edit-activity">
      <PageTitle>{t('editor.editTitle')}</PageTitle>
      {!data.canEdit ? (
        <ErrorAlert error={t('errors.forbidden')} />
      ) : (
        <ActivityEditor
          mode="edit"
          initial={valuesFromActivity(data)}
          linkedCases={data.cases}
          ownerClusters={access.editable}
          allClusters={access.allClusters}
          pending={update.isPending}
          error={update.error && describeError(update.error, t)}
          onSubmit={(values) => update.mutate(activityBody(values), { onSuccess: showSaved })}
          cancel={<Cancel to={activityPath(id)} />}
        />
      )}
    </Stack>
  );
}

export default ActivityEditorPage;
