import { List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import type { CaseParty } from '@videnbro/domain';
import { ErrorAlert } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { ConsentButtons } from './consent-buttons';
import { useAnswerConsent } from '../queries/cases';
import type { Case } from '../queries/types';

/** The name of a side of the case: the company's or the institution's. */
export const partyName = (c: Case, party: CaseParty) =>
  (party === 'company' ? c.company : c.institution).name;

/** Each side's answer to the proposed introduction, and the caller's own answer while it is due. */
export function ConsentSection({ value: c }: { value: Case }) {
  const { t, i18n } = useTranslation('cases');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const mine = c.consents.filter(
    (consent) => consent.status === 'pending' && c.myParties.includes(consent.party),
  );

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="case-consent" data-testid="case-consent">
      <Title order={2} size="h4" id="case-consent">
        {t('consent.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('consent.intro')}
      </Text>
      {c.consents.length === 0 ? (
        <Text size="sm">{t('consent.notRequested')}</Text>
      ) : (
        <List spacing={4} data-testid="consent-statuses">
          {c.consents.map((consent) => (
            <List.Item key={consent.party}>
              <Text span fw={600}>
                {partyName(c, consent.party)}
              </Text>
              {': '}
              {t(`consent.status.${consent.status}`)}
              {consent.answeredAt && ` (${formatDateTime(consent.answeredAt, locale)})`}
              {consent.declineReason && (
                <Text size="sm" c="dimmed">
                  {t('consent.reasonShown', { reason: consent.declineReason })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {mine.length > 0 && c.stage === 'introduced' && (
        <AnswerForm value={c} parties={mine.map((consent) => consent.party)} />
      )}
    </Paper>
  );
}

function AnswerForm({ value: c, parties }: { value: Case; parties: CaseParty[] }) {
  const { t } = useTranslation('cases');
  const answer = useAnswerConsent(c.id);
  const [party, setParty] = useState<CaseParty>(parties[0]);
  const counterpart = partyName(c, party === 'company' ? 'institution' : 'company');
  // A member of both organisations says which side answers; the API needs it only then.
  const side = c.myParties.length > 1 ? { party } : {};

  return (
    <Stack gap="sm" mt="md" data-testid="consent-answer">
      <Text fw={600}>{t('consent.question', { counterpart })}</Text>
      {parties.length > 1 && (
        <NativeSelect
          label={t('consent.answerAs')}
          data={parties.map((p) => ({ value: p, label: partyName(c, p) }))}
          value={party}
          onChange={(event) => setParty(event.currentTarget.value as CaseParty)}
        />
      )}
      {answer.error && <ErrorAlert error={describeError(answer.error, t)} />}
      <ConsentButtons pending={answer.isPending} onAnswer={(given) => answer.mutate({ ...given, ...side })} />
    </Stack>
  );
}
