import { Alert, Button, Card, Group, Paper, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ApiRequestError } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, PageTitle, type ErrorLike } from '@videnbro/web-ui';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { JoinRequestForm } from '../components/join-request-form';
import { OrganizationForm } from '../components/organization-form';
import { existingOrganizationId, profileFormErrors, withoutFieldError } from '../lib/errors';
import { kindLabel } from '../lib/labels';
import { EMPTY_PROFILE, createBody, type ProfileField } from '../lib/profile';
import { organizationPath } from '../lib/paths';
import { useCreateOrganization, useOrganization, useOrganizationSearch } from '../queries/organizations';

const TABS = ['create', 'invitation', 'join'] as const;
type Tab = (typeof TABS)[number];

/**
 * `/onboarding`: how a user comes to act for an organisation: create its profile (with a live CVR
 * check; a CVR number that is registered already leads to asking to join), accept an invitation, or
 * find an organisation and ask to join it. `?tab=join` opens on the last.
 */
export function OnboardingPage() {
  const { t } = useTranslation('organizations');
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = TABS.find((candidate) => candidate === requested) ?? 'create';

  return (
    <Stack gap="md" data-testid="onboarding">
      <PageTitle>{t('onboarding.title')}</PageTitle>
      <Text>{t('onboarding.intro')}</Text>
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'create' ? { tab: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key} data-testid={`onboarding-tab-${key}`}>
              {t(`onboarding.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="create" pt="md">
          <CreateOrganization />
        </Tabs.Panel>
        <Tabs.Panel value="invitation" pt="md">
          <OpenInvitation />
        </Tabs.Panel>
        <Tabs.Panel value="join" pt="md">
          <FindAndJoin />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function CreateOrganization() {
  const { t } = useTranslation('organizations');
  const navigate = useNavigate();
  const create = useCreateOrganization();
  const [serverErrors, setServerErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [generalError, setGeneralError] = useState<ErrorLike | null>(null);
  const [existingId, setExistingId] = useState<string | null>(null);
  const onFieldChange = useCallback((field: ProfileField) => {
    setServerErrors((current) => withoutFieldError(current, field));
    if (field === 'cvr') setExistingId(null);
  }, []);

  const onError = (error: ApiRequestError) => {
    const existing = existingOrganizationId(error);
    if (existing) {
      setExistingId(existing);
      setGeneralError(null);
      setServerErrors({});
      return;
    }
    const { fields, general } = profileFormErrors(error, t);
    setServerErrors(fields);
    setGeneralError(general);
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Text>{t('onboarding.create.intro')}</Text>
        {/* Outside the form: it holds a form of its own (the request to join). */}
        {existingId && <ExistingOrganization id={existingId} />}
        <OrganizationForm
          testId="onboarding-form"
          initial={EMPTY_PROFILE}
          submitLabel={t('onboarding.create.submit')}
          pending={create.isPending}
          serverErrors={serverErrors}
          generalError={generalError}
          onFieldChange={onFieldChange}
          onSubmit={(values) => {
            setGeneralError(null);
            create.mutate(createBody(values), {
              onSuccess: (organization) =>
                void navigate(organizationPath(organization.id), { state: { notice: 'created' } }),
              onError,
            });
          }}
        />
      </Stack>
    </Paper>
  );
}

/** The 409 path: the CVR number belongs to an organisation on Videnbro, so offer to ask to join it. */
function ExistingOrganization({ id }: { id: string }) {
  const { t } = useTranslation('organizations');
  const organization = useOrganization(id);
  const name = organization.data?.name ?? t('onboarding.exists.unknownName');
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('onboarding.exists.title')}
      data-testid="organization-exists"
    >
      <Stack gap="sm">
        <Text size="sm">{t('onboarding.exists.text', { name })}</Text>
        {organization.isPending ? <LoadingState /> : <JoinRequestForm organization={{ id, name }} />}
      </Stack>
    </Alert>
  );
}

/** The token of an invitation link (`…/invitations/<token>`), or of a bare token. */
export function invitationToken(input: string): string | null {
  const value = input.trim();
  const fromLink = /\/invitations\/([A-Za-z0-9_-]{16,})\/?(?:[?#].*)?$/.exec(value);
  if (fromLink) return fromLink[1];
  return /^[A-Za-z0-9_-]{16,}$/.test(value) ? value : null;
}

function OpenInvitation() {
  const { t } = useTranslation('organizations');
  const navigate = useNavigate();
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = invitationToken(link);
    if (!token) return setError(t('onboarding.invitation.invalid'));
    void navigate(`/invitations/${token}`);
  };
  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate data-testid="invitation-link-form">
        <Stack gap="md">
          <Text>{t('onboarding.invitation.intro')}</Text>
          <TextInput
            label={t('onboarding.invitation.label')}
            name="invitation"
            type="url"
            required
            value={link}
            onChange={(event) => {
              setLink(event.currentTarget.value);
              setError(undefined);
            }}
            error={error}
          />
          <Button type="submit" style={{ alignSelf: 'flex-start' }}>
            {t('onboarding.invitation.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function FindAndJoin() {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const search = useOrganizationSearch(debounced);
  const [chosen, setChosen] = useState<string | null>(null);
  const results = debounced.length >= 2 ? search.data : undefined;

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Text>{t('onboarding.join.intro')}</Text>
        <TextInput
          label={t('onboarding.join.search')}
          description={t('onboarding.join.searchHint')}
          type="search"
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          data-testid="organization-search"
        />
        {search.error && <ErrorAlert error={t('common:errors.unexpected')} />}
        {results && (
          <section aria-labelledby="join-results">
            <Title order={2} size="h4" id="join-results" mb="xs">
              {t('onboarding.join.results')}
            </Title>
            {results.length === 0 ? (
              <Text>{t('onboarding.join.none', { q: debounced })}</Text>
            ) : (
              <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
                {results.map((organization) => (
                  <Card component="li" withBorder key={organization.id} data-testid="join-result">
                    <Stack gap="xs">
                      <Group justify="space-between" wrap="wrap">
                        <div>
                          <Text fw={600}>{organization.name}</Text>
                          <Text size="sm" c="dimmed">
                            {[kindLabel(organization.kind, locale), organization.city]
                              .filter(Boolean)
                              .join(' · ')}
                          </Text>
                        </div>
                        {chosen !== organization.id && (
                          <Button variant="light" onClick={() => setChosen(organization.id)}>
                            {t('onboarding.join.ask', { name: organization.name })}
                          </Button>
                        )}
                      </Group>
                      {chosen === organization.id && <JoinRequestForm organization={organization} />}
                    </Stack>
                  </Card>
                ))}
              </Stack>
            )}
          </section>
        )}
      </Stack>
    </Paper>
  );
}

export default OnboardingPage;
