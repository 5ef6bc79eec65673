import { Stack, Text, Title } from '@mantine/core';
import { ErrorAlert, LoadingState } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import { useCaseMessages } from '../queries/cases';
import type { Case } from '../queries/types';
import { CaseTextItem } from './case-event-item';
import { CaseTextForm } from './case-text-form';

/** The thread between the parties and the brokers, open once both sides accepted. */
export function MessagesSection({ value: c }: { value: Case }) {
  const { t } = useTranslation('cases');
  const messages = useCaseMessages(c.id, c.introduced);
  return (
    <Stack component="section" aria-labelledby="case-messages" gap="sm" data-testid="case-messages">
      <Title order={2} size="h3" id="case-messages">
        {t('messages.title')}
      </Title>
      {!c.introduced ? (
        <Text>{t('messages.closed')}</Text>
      ) : (
        <>
          <Text size="sm">{t('messages.intro')}</Text>
          {messages.isPending ? (
            <LoadingState />
          ) : messages.error ? (
            <ErrorAlert error={describeError(messages.error, t)} />
          ) : messages.data.length === 0 ? (
            <Text>{t('messages.none')}</Text>
          ) : (
            <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
              {messages.data.map((message) => (
                <CaseTextItem key={message.id} event={message} />
              ))}
            </Stack>
          )}
          <CaseTextForm
            caseId={c.id}
            kind="messages"
            label={t('messages.label')}
            submit={t('messages.send')}
            done={t('messages.sent')}
          />
        </>
      )}
    </Stack>
  );
}
