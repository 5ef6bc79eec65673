import { Alert, Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useRights } from '@videnbro/web-core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CASE_ROUTES, casePath } from '../lib/paths';
import { useCases, useWaitingCases } from '../queries/cases';
import type { CaseListItem } from '../queries/types';
import { StageBadge } from './stage-badge';

const RECENT = 5;

/** For the overview: the introductions waiting for the user's answer, and their recently changed cases. */
export function MyCases() {
  const { t } = useTranslation('cases');
  const rights = useRights();
  const waiting = useWaitingCases({ enabled: rights.cases });
  const recent = useCases({ page: 1 }, { enabled: rights.cases });
  if (!rights.cases) return null;
  const waitingItems = waiting.data?.items ?? [];
  const recentItems = (recent.data?.items ?? []).slice(0, RECENT);

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="my-cases" data-testid="my-cases">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="my-cases">
            {t('dashboard.title')}
          </Title>
          <Anchor component={Link} to={CASE_ROUTES.list}>
            {t('dashboard.all')}
          </Anchor>
        </Group>
        {waitingItems.length > 0 && (
          <Alert variant="light" color="blue" data-testid="my-cases-waiting">
            <Text fw={600} mb={4}>
              {t('dashboard.waiting', { count: waitingItems.length })}
            </Text>
            <CaseLinks items={waitingItems} />
          </Alert>
        )}
        {recent.isSuccess &&
          (recentItems.length === 0 ? (
            <Text>{t('dashboard.none')}</Text>
          ) : (
            <>
              <Text fw={600}>{t('dashboard.recent')}</Text>
              <CaseLinks items={recentItems} />
            </>
          ))}
      </Stack>
    </Paper>
  );
}

function CaseLinks({ items }: { items: readonly CaseListItem[] }) {
  const { t } = useTranslation('cases');
  return (
    <List spacing={4} listStyleType="none" data-testid="case-links">
      {items.map((item) => (
        <List.Item key={item.id}>
          <Group gap="xs">
            <Anchor component={Link} to={casePath(item.id)}>
              {t('parties', { company: item.company.name, institution: item.institution.name })}
            </Anchor>
            <StageBadge stage={item.stage} />
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

export default MyCases;
