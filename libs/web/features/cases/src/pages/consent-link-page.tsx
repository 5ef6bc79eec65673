import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ConsentButtons } from '../components/consent-buttons';
import { describeError } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { SIGN_IN_PATH } from '../lib/paths';
import { useAnswerConsentLink, useConsentLink } from '../queries/consent-links';
import type { ConsentLink } from '../queries/types';

/** The link's own problems (404 invalid, 409 used, 410 expired), in words a recipient understands. */
const LINK_PROBLEMS: Readonly<Record<number, 'invalid' | 'used' | 'expired'>> = {
  400: 'invalid',
  404: 'invalid',
  409: 'used',
  410: 'expired',
};

/**
 * `/case-consents/:token`: the page the introduction mail links to. Public: the signed single-use
 * link is the credential. Shows what the introduction is about (organisations only, never contact
 * persons) and takes the answer for the link's side, with an optional reason for a decline.
 */
export function ConsentLinkPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('cases');
  const link = useConsentLink(token);
  const answer = useAnswerConsentLink(token);

  let body;
  if (link.isPending) body = <LoadingState />;
  else if (link.error)
    body = <LinkProblem status={link.error.status} fallback={describeError(link.error, t)} />;
  else body = <LinkAnswer link={link.data} answer={answer} />;

  return (
    <Stack gap="lg" maw="40rem" data-testid="consent-link-page">
      <PageTitle>{t('link.title')}</PageTitle>
      {body}
    </Stack>
  );
}

function LinkProblem({ status, fallback }: { status: number; fallback: ReturnType<typeof describeError> }) {
  const { t } = useTranslation('cases');
  const problem = LINK_PROBLEMS[status];
  if (!problem) return <ErrorAlert error={fallback} />;
  return (
    <Stack gap="sm" align="flex-start">
      <Alert
        color={problem === 'invalid' ? 'red' : 'yellow'}
        variant="light"
        role="alert"
        data-testid="consent-link-problem"
      >
        {t(`link.${problem}`)}
      </Alert>
      {problem !== 'invalid' && (
        <Anchor component={Link} to={SIGN_IN_PATH}>
          {t('link.signIn')}
        </Anchor>
      )}
    </Stack>
  );
}

function LinkAnswer({
  link,
  answer,
}: {
  link: ConsentLink;
  answer: ReturnType<typeof useAnswerConsentLink>;
}) {
  const { t, i18n } = useTranslation('cases');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const names = {
    cluster: link.clusterName,
    organization: link.organizationName,
    counterpart: link.counterpartName,
  };

  if (answer.isSuccess) {
    return (
      <Alert color="green" variant="light" role="status" data-testid="consent-link-answered">
        {t(`link.${answer.data.status === 'accepted' ? 'accepted' : 'declined'}`, names)}
      </Alert>
    );
  }
  // An answer given meanwhile (in the app, or by a colleague) leaves nothing to answer here.
  if (link.status !== 'pending') {
    return (
      <Alert variant="light" role="status" data-testid="consent-link-answered">
        {t(`link.already.${link.status}`)}
      </Alert>
    );
  }
  const problem = answer.error && LINK_PROBLEMS[answer.error.status];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Text fw={600} data-testid="consent-link-lead">
          {t('link.lead', names)}
        </Text>
        {link.subject && <Text>{t('link.subject', { subject: link.subject })}</Text>}
        <Text>{t('link.explain', names)}</Text>
        <Text size="sm" c="dimmed">
          {t('link.expires', { date: formatDateTime(link.expiresAt, locale) })}
        </Text>
        {answer.error &&
          (problem ? (
            <LinkProblem status={answer.error.status} fallback={describeError(answer.error, t)} />
          ) : (
            <ErrorAlert error={describeError(answer.error, t)} />
          ))}
        <ConsentButtons pending={answer.isPending} onAnswer={(given) => answer.mutate(given)} />
      </Stack>
    </Paper>
  );
}

export default ConsentLinkPage;
