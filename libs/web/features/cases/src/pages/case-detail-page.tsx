import { Alert, Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { CASE_ROUTING_LABELS, COLLABORATION_TYPE_LABELS, label } from '@videnbro/domain';
import { ErrorAlert, FactList, LoadingState, NotFound, PageTitle, type Fact } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { BrokerPanel } from '../components/broker-panel';
import { ConsentSection } from '../components/consent-section';
import { ContactsSection } from '../components/contacts-section';
import { MessagesSection } from '../components/messages-section';
import { NotesSection } from '../components/notes-section';
import { OutcomeForm } from '../components/outcome-form';
import { StageBadge } from '../components/stage-badge';
import { Timeline } from '../components/timeline';
import { describeError } from '../lib/errors';
import { formatDate, formatDkk } from '../lib/format';
import { CASE_ROUTES, competencePath, needPath, organizationPath } from '../lib/paths';
import { useCase } from '../queries/cases';
import type { Case } from '../queries/types';

/** How the user got here from a way in (`POST /cases`): a new case, or one their request joined. */
export interface CaseRequestState {
  request?: 'created' | 'joined';
}

/**
 * `/cases/:id`: the case as the caller may see it. Parties answer the introduction, see contacts and
 * write messages once both accepted; the case's brokers also run it (stage, owner, next action,
 * handover, notes, outcome). The API decides what each caller gets.
 */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('cases');
  const found = useCase(id);

  if (found.isPending) return <LoadingState />;
  if (found.error?.status === 404 || found.error?.status === 400) return <NotFound />;
  if (found.error) return <ErrorAlert error={describeError(found.error, t)} />;
  return <CaseView value={found.data} />;
}

function CaseView({ value: c }: { value: Case }) {
  const { t } = useTranslation('cases');
  const request = (useLocation().state as CaseRequestState | null)?.request;

  return (
    <Stack gap="lg" data-testid="case-page">
      <Anchor component={Link} to={CASE_ROUTES.list} size="sm">
        {t('detail.back')}
      </Anchor>
      <Stack gap="xs">
        <PageTitle>{t('parties', { company: c.company.name, institution: c.institution.name })}</PageTitle>
        <Group gap="xs">
          <StageBadge stage={c.stage} />
        </Group>
      </Stack>
      {request && (
        <Alert color="green" variant="light" role="status" data-testid="case-request-notice">
          {t(`notice.${request}`, { cluster: c.ownerCluster.name })}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Facts value={c} />
        <Stack gap="lg">
          <ConsentSection value={c} />
          <ContactsSection value={c} />
        </Stack>
      </SimpleGrid>

      <MessagesSection value={c} />
      {c.canBroker && (
        <>
          <BrokerPanel value={c} />
          <NotesSection value={c} />
          <OutcomeForm value={c} />
        </>
      )}
      <Timeline value={c} />
    </Stack>
  );
}

function Facts({ value: c }: { value: Case }) {
  const { t, i18n } = useTranslation('cases');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const link = (to: string, name: string) => (
    <Anchor component={Link} to={to}>
      {name}
    </Anchor>
  );
  const outcome = c.outcome;
  const facts: Fact[] = [
    [t('detail.company'), link(organizationPath(c.company.id), c.company.name)],
    [t('detail.institution'), link(organizationPath(c.institution.id), c.institution.name)],
    [t('detail.need'), c.need && link(needPath(c.need.id), c.need.name)],
    [t('detail.competence'), c.competence && link(competencePath(c.competence.id), c.competence.name)],
    [t('detail.origin'), t(`origins.${c.origin}`)],
    [
      t('detail.clusters'),
      c.clusters
        .map(({ id, name }) => (id === c.ownerCluster.id ? t('detail.ownerCluster', { name }) : name))
        .join(', '),
    ],
    [
      t('detail.routing'),
      <>
        {label(CASE_ROUTING_LABELS[c.routing], locale)}
        {c.routingTerms.length > 0 && (
          <Text size="sm" c="dimmed" component="span" display="block">
            {t('detail.routingTerms', { terms: c.routingTerms.join(', ') })}
          </Text>
        )}
      </>,
    ],
    [t('detail.ownerUser'), c.ownerUser?.name ?? t('detail.noOwner')],
    [
      t('detail.nextAction'),
      c.nextAction &&
        `${c.nextAction}${c.nextActionDue ? ` (${t('detail.due', { date: formatDate(c.nextActionDue, locale) })})` : ''}`,
    ],
    [
      t('outcome.title'),
      (outcome.collaborationType || outcome.fundingTotalDkk > 0) &&
        [
          outcome.collaborationType && label(COLLABORATION_TYPE_LABELS[outcome.collaborationType], locale),
          outcome.fundingTotalDkk > 0 && formatDkk(outcome.fundingTotalDkk, locale),
        ]
          .filter(Boolean)
          .join(' · '),
    ],
    [t('detail.created'), formatDate(c.createdAt, locale)],
  ];
  return <FactList facts={facts} termWidth="11rem" data-testid="case-facts" />;
}

export default CaseDetailPage;
