import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useMe, useMyOrganizations } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, MY_ORGANIZATIONS_PATH, PageTitle } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PostingEditor, type SaveAs } from '../components/posting-editor';
import { PostingNotFound } from '../components/posting-not-found';
import { describeError } from '../lib/errors';
import { canPublish, postingPaths, type PostingType } from '../lib/posting-type';
import { createBody, emptyValues, updateBody, valuesFromPosting, type PostingValues } from '../lib/values';
import { useCreatePosting, usePosting, useUpdatePosting, type Posting } from '../queries/postings';
import type { SavedState } from './posting-detail-page';

/** `/needs/new`, `/needs/:id/edit` and the same for competencies. */
export function PostingEditorPage({ type }: { type: PostingType }) {
  const { id } = useParams();
  return id ? <EditPosting type={type} id={id} /> : <CreatePosting type={type} />;
}

function useShowSaved(type: PostingType) {
  const navigate = useNavigate();
  return (posting: Posting) =>
    navigate(postingPaths(type).detail(posting.id), { state: { saved: true } satisfies SavedState });
}

function Cancel({ to }: { to: string }) {
  const { t } = useTranslation('postings');
  return (
    <Button component={Link} to={to} variant="subtle">
      {t('editor.cancel')}
    </Button>
  );
}

function CreatePosting({ type }: { type: PostingType }) {
  const { t } = useTranslation('postings');
  const me = useMe();
  const memberships = useMyOrganizations();
  const create = useCreatePosting(type);
  const showSaved = useShowSaved(type);
  const title = t(`types.${type}.newTitle`);

  if (memberships.isPending || !me.data) return <LoadingState />;
  if (memberships.error) return <ErrorAlert error={describeError(memberships.error, t)} />;
  const publishers = memberships.data
    .map(({ organization }) => organization)
    .filter((organization) => canPublish(type, organization.kind));

  return (
    <Stack gap="lg" data-testid={`new-${type}`}>
      <PageTitle>{title}</PageTitle>
      {publishers.length === 0 ? (
        <Text data-testid="no-publisher">
          {t(`types.${type}.noPublisher`)}{' '}
          <Anchor component={Link} to={MY_ORGANIZATIONS_PATH}>
            {t('list.getStarted')}
          </Anchor>
        </Text>
      ) : (
        <PostingEditor
          type={type}
          mode="create"
          initial={emptyValues(publishers.length === 1 ? publishers[0].id : '', me.data.id)}
          organizations={publishers}
          pending={create.isPending}
          error={create.error && describeError(create.error, t)}
          onSubmit={(values: PostingValues, saveAs: SaveAs) =>
            create.mutate(createBody(type, values, saveAs === 'draft' ? 'draft' : 'open'), {
              onSuccess: showSaved,
            })
          }
          cancel={<Cancel to={postingPaths(type).mine} />}
        />
      )}
    </Stack>
  );
}

function EditPosting({ type, id }: { type: PostingType; id: string }) {
  const { t } = useTranslation('postings');
  const posting = usePosting(type, id);
  const update = useUpdatePosting(type, id);
  const showSaved = useShowSaved(type);

  if (posting.isPending) return <LoadingState />;
  if (posting.error) {
    return posting.error.status === 404 || posting.error.status === 403 ? (
      <PostingNotFound type={type} />
    ) : (
      <ErrorAlert error={describeError(posting.error, t)} />
    );
  }
  const { data } = posting;
  return (
    <Stack gap="lg" data-testid={`edit-${type}`}>
      <PageTitle>{t(`types.${type}.editTitle`)}</PageTitle>
      {!data.canEdit ? (
        <ErrorAlert error={t('editor.forbidden', { name: data.organization.name })} />
      ) : (
        <PostingEditor
          type={type}
          mode="edit"
          initial={valuesFromPosting(data)}
          organizations={[data.organization]}
          pending={update.isPending}
          error={update.error && describeError(update.error, t)}
          onSubmit={(values) => update.mutate(updateBody(type, values), { onSuccess: showSaved })}
          cancel={<Cancel to={postingPaths(type).detail(id)} />}
        />
      )}
    </Stack>
  );
}

export default PostingEditorPage;
