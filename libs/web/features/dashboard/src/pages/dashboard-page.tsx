import { Anchor, Badge, Card, EmptyState, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMe, useRights } from '@videnbro/web-core';
import { NAV_AREAS, PageTitle } from '@videnbro/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface DashboardPageProps {
  /** The user's cases and the introductions waiting for their answer, from the cases feature. */
  cases?: ReactNode;
}

/** `/`: a welcome, the user's cases, a card for each area the user may open (marked when still to come). */
export function DashboardPage({ cases }: DashboardPageProps) {
  const { t } = useTranslation('dashboard');
  const { data: user } = useMe();
  const rights = useRights();
  const areas = NAV_AREAS.filter((area) => rights[area.key]);

  return (
    <Stack data-testid="dashboard" gap="lg">
      <PageTitle documentTitle={t('title')}>{t('welcome', { name: user?.name ?? '' })}</PageTitle>
      <Text>{t('intro')}</Text>
      {cases}

      <section aria-labelledby="dashboard-areas">
        <Title order={2} size="h3" id="dashboard-areas" mb="sm">
          {t('areasHeading')}
        </Title>
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} m={0} p={0} style={{ listStyle: 'none' }}>
          {areas.map(({ key, path, ready }) => {
            const name = t(`ui:areas.${key}`);
            return (
              <Card component="li" withBorder key={key} data-testid={`dashboard-card-${key}`}>
                <Stack gap="xs" h="100%">
                  <Group justify="space-between" wrap="nowrap">
                    <Title order={3} size="h4">
                      {name}
                    </Title>
                    {!ready && <Badge variant="light">{t('comingSoon')}</Badge>}
                  </Group>
                  <Text size="sm">{t(`areas.${key}`)}</Text>
                  <Anchor component={Link} to={path} mt="auto">
                    {t('open', { area: name })}
                  </Anchor>
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      </section>

      <EmptyState>
        <EmptyState.Title order={2}>{t('empty.title')}</EmptyState.Title>
        <EmptyState.Description>{t('empty.text')}</EmptyState.Description>
      </EmptyState>
    </Stack>
  );
}

export default DashboardPage;
