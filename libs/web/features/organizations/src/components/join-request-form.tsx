import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { ErrorAlert } from '@videnbro/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import { useRequestToJoin } from '../queries/organizations';

const MESSAGE_MAX = 1000;

/** Asks an organisation's owners and admins to let the user join, with an optional message. */
export function JoinRequestForm({ organization }: { organization: { id: string; name: string } }) {
  const { t } = useTranslation('organizations');
  const join = useRequestToJoin(organization.id);
  const [message, setMessage] = useState('');

  if (join.isSuccess) {
    return (
      <Alert color="green" variant="light" role="status" data-testid="join-request-sent">
        {t('joinRequest.sent', { name: organization.name })}
      </Alert>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = message.trim();
    join.mutate(text ? { message: text } : {});
  };

  const error = join.error
    ? join.error.status === 409
      ? t('joinRequest.conflict')
      : describeError(join.error, t)
    : null;

  return (
    <form onSubmit={submit} noValidate data-testid="join-request-form">
      <Stack gap="sm">
        <ErrorAlert error={error} />
        <Textarea
          label={t('joinRequest.message')}
          description={t('joinRequest.messageHint')}
          autosize
          minRows={2}
          maxLength={MESSAGE_MAX}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
        />
        <Button type="submit" loading={join.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('joinRequest.submit')}
        </Button>
      </Stack>
    </form>
  );
}
