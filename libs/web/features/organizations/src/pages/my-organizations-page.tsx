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
import { useMyJoinRequests, type MyJoinRequest } from '../queries/organizations';

/** How long a declined request stays on the page, so the answer is seen but does not linger. */
const DECLINED_SHOWN_MS = 30 * 86_400_000;

/** `/organizations/mine`: the organisations the user acts for, with their role, and the way to more. */
export function MyOrganizationsPage() {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const memberships = useMyOrganizations();

  return (
    <Stack gap="lg" data-testid="my-organizations">
      <PageTitle>{t('mine.title')}</PageTitle>
      <MyJoinRequests />
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

/** Requests still waiting for an answer, and recently declined ones; nothing when there are none. */
function MyJoinRequests() {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const requests = useMyJoinRequests();
  if (requests.error) return <ErrorAlert error={describeError(requests.error, t)} />;
  const shown = (requests.data ?? []).filter(isWorthShowing);
  if (shown.length === 0) return null;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="my-join-requests-heading" data-testid="my-join-requests">
      <Title order={2} size="h3" id="my-join-requests-heading" mb="sm">
        {t('mine.requests.title')}
      </Title>
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {shown.map(({ id, organization, status, createdAt, decidedAt }) => (
          <li key={id} data-testid="my-join-request">
            <Text>
              {status === 'pending'
                ? t('mine.requests.pending', { name: organization.name })
                : t('mine.requests.declined', { name: organization.name })}
            </Text>
            <Text size="sm" c="dimmed">
              {status === 'pending'
                ? t('mine.requests.asked', { date: date.format(new Date(createdAt)) })
                : t('mine.requests.decided', { date: date.format(new Date(decidedAt ?? createdAt)) })}
            </Text>
          </li>
        ))}
      </Stack>
    </section>
  );
}

/** Approved requests show up as memberships instead. */
function isWorthShowing(request: MyJoinRequest): boolean {
  if (request.status === 'pending') return true;
  return (
    request.status === 'rejected' &&
    request.decidedAt !== null &&
    Date.now() - new Date(request.decidedAt).getTime() < DECLINED_SHOWN_MS
  );
}

export default MyOrganizationsPage;
