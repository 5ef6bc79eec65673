import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMe } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, PageTitle } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { describeError } from '../lib/errors';
import { authPath, organizationPath } from '../lib/paths';
import { useAcceptInvitation, useInvitationPreview, type InvitationPreview } from '../queries/members';

/**
 * `/invitations/:token`, the link in an invitation mail: what it offers, to anyone. A visitor is asked
 * to sign in (or register) with the invited address and comes back here; a signed-in user with that
 * address accepts and lands on the organisation's page.
 */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('organizations');
  const preview = useInvitationPreview(token);

  let body;
  if (preview.isPending) body = <LoadingState />;
  else if (preview.error?.status === 404 || preview.error?.status === 400)
    body = <ErrorAlert error={t('invitation.notFound')} />;
  else if (preview.error?.status === 410) body = <ErrorAlert error={t('invitation.gone')} />;
  else if (preview.error) body = <ErrorAlert error={describeError(preview.error, t)} />;
  else body = <Offer token={token} invitation={preview.data} />;

  return (
    <Stack gap="md" data-testid="invitation-page">
      <PageTitle>{t('invitation.title')}</PageTitle>
      {body}
    </Stack>
  );
}

function Offer({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const name = invitation.organizationName;
  const here = `${location.pathname}${location.search}`;
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
    new Date(invitation.expiresAt),
  );
  const user = me.data;
  const sameEmail = user ? user.email.toLowerCase() === invitation.email.toLowerCase() : false;

  const onAccept = () =>
    accept.mutate(undefined, {
      onSuccess: (membership) =>
        void navigate(organizationPath(membership.organization.id), { state: { notice: 'joined' } }),
    });

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Text size="lg">{t('invitation.text', { name, role: t(`roles.${invitation.role}`) })}</Text>
        <Text size="sm">{t('invitation.sentTo', { email: invitation.email, date: expires })}</Text>

        {!user && (
          <>
            <Text>{t('invitation.signInFirst', { email: invitation.email })}</Text>
            <Group>
              <Button component={Link} to={authPath('sign-in', here)} data-testid="invitation-sign-in">
                {t('invitation.signIn')}
              </Button>
              <Button component={Link} to={authPath('register', here)} variant="light">
                {t('invitation.register')}
              </Button>
            </Group>
          </>
        )}

        {user && !sameEmail && (
          <Alert color="yellow" variant="light" data-testid="invitation-other-account">
            {t('invitation.otherAccount', { current: user.email, email: invitation.email })}
          </Alert>
        )}

        {user && accept.error?.status === 409 ? (
          <Alert color="blue" variant="light" role="status">
            <Stack gap="xs">
              <Text size="sm">{t('invitation.alreadyMember', { name })}</Text>
              <Anchor component={Link} to={organizationPath(invitation.organizationId)} size="sm">
                {t('invitation.open', { name })}
              </Anchor>
            </Stack>
          </Alert>
        ) : (
          accept.error && (
            <ErrorAlert
              error={accept.error.status === 410 ? t('invitation.gone') : describeError(accept.error, t)}
            />
          )
        )}

        {user && sameEmail && accept.error?.status !== 409 && (
          <Button
            onClick={onAccept}
            loading={accept.isPending}
            style={{ alignSelf: 'flex-start' }}
            data-testid="accept-invitation"
          >
            {t('invitation.accept', { name })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

export default InvitationPage;
