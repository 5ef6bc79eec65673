import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** An answer to a proposed introduction; a decline may say why (only the brokers read it). */
export type ConsentAnswer = { decision: 'accept' } | { decision: 'decline'; reason?: string };

/**
 * Accept, or decline with an optional reason: the same two steps in the app and on the page of the
 * mailed link, each of which sends the answer its own way.
 */
export function ConsentButtons({
  pending,
  onAnswer,
}: {
  pending: boolean;
  onAnswer: (answer: ConsentAnswer) => void;
}) {
  const { t } = useTranslation('cases');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');

  if (!declining) {
    return (
      <Group>
        <Button
          loading={pending}
          onClick={() => onAnswer({ decision: 'accept' })}
          data-testid="accept-introduction"
        >
          {t('consent.accept')}
        </Button>
        <Button variant="default" onClick={() => setDeclining(true)} data-testid="decline-introduction">
          {t('consent.decline')}
        </Button>
      </Group>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onAnswer({ decision: 'decline', reason: reason.trim() || undefined });
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t('consent.reason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
          data-autofocus
        />
        <Group>
          <Button type="submit" color="red" loading={pending} data-testid="confirm-decline">
            {t('consent.confirmDecline')}
          </Button>
          <Button variant="default" onClick={() => setDeclining(false)}>
            {t('consent.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
