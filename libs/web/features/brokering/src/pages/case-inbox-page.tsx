import {
  Alert,
  Anchor,
  Button,
  EmptyState,
  Group,
  NativeSelect,
  Pagination,
  Stack,
  Text,
} from '@mantine/core';
import { useVisibleClusters } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { InboxNeed } from '../components/inbox-need';
import { ProposeDialog } from '../components/propose-dialog';
import { describeError } from '../lib/errors';
import { BROKERING_ROUTES, casePath } from '../lib/paths';
import {
  INBOX_PAGE_SIZE,
  useInbox,
  useProposeIntroduction,
  type Proposal,
  type Proposed,
} from '../queries/inbox';

/**
 * `/cases/inbox`: a cluster's new needs without a case, newest first, each with its best matches. Two
 * clicks propose an introduction: "Propose introduction" on a match, then "Propose" in the dialog.
 */
export function CaseInboxPage() {
  const { t } = useTranslation('brokering');
  const [params, setParams] = useSearchParams();
  const { clusters, pending } = useVisibleClusters();
  const chosen = params.get('cluster') ?? '';
  // The first of the broker's clusters until they choose another.
  const cluster = clusters.some((c) => c.id === chosen) ? chosen : (clusters[0]?.id ?? '');
  const clusterName = clusters.find((c) => c.id === cluster)?.name ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const inbox = useInbox(cluster, page);
  const propose = useProposeIntroduction();
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [proposed, setProposed] = useState<Proposed | null>(null);
  const pages = inbox.data ? Math.ceil(inbox.data.total / INBOX_PAGE_SIZE) : 0;

  const go = (next: { cluster?: string; page?: number }) => {
    const query = new URLSearchParams();
    query.set('cluster', next.cluster ?? cluster);
    if ((next.page ?? 1) > 1) query.set('page', String(next.page));
    setParams(query, { replace: true });
  };
  const close = () => {
    setProposal(null);
    propose.reset();
  };

  return (
    <Stack gap="lg" data-testid="case-inbox-page">
      <PageTitle>{t('inbox.title')}</PageTitle>
      <Group justify="space-between" align="flex-start">
        <Text maw="48rem">{t('inbox.intro')}</Text>
        <Button component={Link} to={BROKERING_ROUTES.board} variant="light" data-testid="board-link">
          {t('nav.board')}
        </Button>
      </Group>
      <NativeSelect
        label={t('inbox.cluster')}
        value={cluster}
        onChange={(event) => go({ cluster: event.currentTarget.value })}
        maw="24rem"
        data-testid="inbox-cluster"
      >
        {clusters.length === 0 && <option value="">{t('inbox.chooseCluster')}</option>}
        {clusters.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </NativeSelect>

      {proposed && (
        <Alert
          color="green"
          variant="light"
          withCloseButton
          onClose={() => setProposed(null)}
          data-testid="proposed"
        >
          <Stack gap={4}>
            <Text size="sm">
              {t(proposed.joined ? 'propose.joined' : 'propose.done', {
                company: proposed.case.company.name,
                institution: proposed.case.institution.name,
              })}
            </Text>
            <Anchor component={Link} to={casePath(proposed.case.id)} size="sm">
              {t('propose.open')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {(pending || (cluster && inbox.isPending)) && <LoadingState />}
      {inbox.error && <ErrorAlert error={describeError(inbox.error, t)} />}
      <Text size="sm" role="status" aria-live="polite" data-testid="inbox-count">
        {inbox.data ? t('inbox.count', { count: inbox.data.total }) : ''}
      </Text>
      {inbox.data?.total === 0 && (
        <EmptyState>
          <EmptyState.Title order={2}>{t('inbox.none')}</EmptyState.Title>
          <EmptyState.Description>{t('inbox.noneText')}</EmptyState.Description>
        </EmptyState>
      )}
      {inbox.data?.items.map((item) => (
        <InboxNeed
          key={item.need.id}
          item={item}
          onPropose={(match) => {
            setProposed(null);
            setProposal({ cluster, need: item, match });
          }}
        />
      ))}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={(next) => go({ page: next })}
          aria-label={t('inbox.pages')}
          getControlProps={(control) => ({ 'aria-label': t(`inbox.${control}`) })}
        />
      )}
      <ProposeDialog
        proposal={proposal && { ...proposal, clusterName }}
        propose={propose}
        onClose={close}
        onProposed={(result) => {
          close();
          setProposed(result);
        }}
      />
    </Stack>
  );
}

export default CaseInboxPage;
