import { Button, Group, Modal, Text } from '@mantine/core';
import { label, POSTING_STATUS_LABELS, STATUS_TRANSITIONS, type PostingStatus } from '@videnbro/domain';
import { ErrorAlert } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import type { PostingType } from '../lib/posting-type';
import { useChangeStatus, useDeletePosting, type Posting } from '../queries/postings';

/** The words on a status button: publishing a draft and reopening read better than "open". */
function actionKey(from: PostingStatus, to: PostingStatus): string {
  if (to === 'open') return from === 'draft' ? 'status.publish' : 'status.reopen';
  return `status.${to}`;
}

/**
 * A button for each status the posting may move to from its current one (STATUS_TRANSITIONS, the
 * rule the API enforces), grouped under the posting's title for screen readers.
 */
export function StatusActions({ type, posting }: { type: PostingType; posting: Posting }) {
  const { t, i18n } = useTranslation('postings');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const change = useChangeStatus(type);
  const [announcement, setAnnouncement] = useState('');

  return (
    <>
      <Group gap="xs" role="group" aria-label={t('status.group', { title: posting.title })}>
        {STATUS_TRANSITIONS[posting.status].map((to) => (
          <Button
            key={to}
            size="compact-sm"
            variant={to === 'closed' ? 'default' : 'light'}
            loading={change.isPending && change.variables?.status === to}
            disabled={change.isPending}
            data-testid={`status-to-${to}`}
            onClick={() =>
              change.mutate(
                { id: posting.id, status: to },
                {
                  onSuccess: (saved) =>
                    setAnnouncement(
                      t('status.changed', {
                        title: saved.title,
                        status: label(POSTING_STATUS_LABELS[saved.status], locale),
                      }),
                    ),
                },
              )
            }
          >
            {t(actionKey(posting.status, to))}
          </Button>
        ))}
      </Group>
      <Text size="sm" role="status" aria-live="polite">
        {announcement}
      </Text>
      {change.error && <ErrorAlert error={describeError(change.error, t)} />}
    </>
  );
}

/** Delete, after a confirmation that names the posting; the API keeps it (soft) and audits it. */
export function DeletePosting({
  type,
  posting,
  onDeleted,
}: {
  type: PostingType;
  posting: Posting;
  onDeleted?: () => void;
}) {
  const { t } = useTranslation('postings');
  const remove = useDeletePosting(type);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    remove.reset();
  };

  return (
    <>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        aria-label={t('delete.label', { title: posting.title })}
        data-testid="delete-posting"
        onClick={() => setOpen(true)}
      >
        {t('delete.action')}
      </Button>
      <Modal opened={open} onClose={close} title={t(`types.${type}.deleteTitle`)} centered>
        <Text mb="md">{t('delete.confirm', { title: posting.title })}</Text>
        {remove.error && <ErrorAlert error={describeError(remove.error, t)} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            {t('editor.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            data-testid="confirm-delete"
            onClick={() =>
              remove.mutate(
                { id: posting.id },
                {
                  onSuccess: () => {
                    setOpen(false);
                    onDeleted?.();
                  },
                },
              )
            }
          >
            {t('delete.action')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
