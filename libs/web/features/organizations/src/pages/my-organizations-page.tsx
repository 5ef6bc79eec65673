import {
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { isManagerRole, useMyOrganizations } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError } from '../lib/errors';
import { kindLabel } from '../lib/labels';
import { membersPath, ONBOARDING_PATH, organizationPath } from '../lib/paths';

/** `/organizations/mine`: the organisations the user acts for, with their role, and the way to more. */
export function MyOrganizationsPage() {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const memberships = useMyOrganizations();

  return (
    <Stack gap="lg" data-testid="my-organizations">
      <PageTitle>{t('mine.title')}</PageTitle>
      {memberships.isPending && <LoadingState />}
      {memberships.error && <ErrorAlert error={describeError(memberships.error, t)} />}
      {memberships.data?.length === 0 && (
        <EmptyState>
          <EmptyState.Title order={2}>{t('mine.none')}</EmptyState.Title>
          <EmptyState.Description>{t('mine.noneText')}</EmptyState.Description>
          <Button component={Link} to={ONBOARDING_PATH} mt="md" data-testid="start-onboarding">
            {t('mine.start')}
          </Button>
        </EmptyState>
      )}
      {memberships.data && memberships.data.length > 0 && (
        <>
          <Text>{t('mine.intro')}</Text>
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} m={0} p={0} style={{ listStyle: 'none' }}>
            {memberships.data.map(({ organization, role }) => (
              <Card component="li" withBorder key={organization.id} data-testid="my-organization">
                <Stack gap="xs">
                  <Title order={2} size="h4">
                    <Anchor component={Link} to={organizationPath(organization.id)}>
                      {organization.name}
                    </Anchor>
                  </Title>
                  <Group gap="xs">
                    <Badge variant="light" color="gray">
                      {kindLabel(organization.kind, locale)}
                    </Badge>
                    <Badge variant="light" color={isManagerRole(role) ? 'blue' : 'gray'}>
                      {t('mine.role', { role: t(`roles.${role}`) })}
                    </Badge>
                  </Group>
                  <Anchor component={Link} to={membersPath(organization.id)} size="sm">
                    {t('mine.members', { name: organization.name })}
                  </Anchor>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          <Button component={Link} to={ONBOARDING_PATH} variant="light" style={{ alignSelf: 'flex-start' }}>
            {t('mine.another')}
          </Button>
        </>
      )}
    </Stack>
  );
}

export default MyOrganizationsPage;
