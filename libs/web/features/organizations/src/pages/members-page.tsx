import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  isManagerRole,
  useMe,
  useMyOrganizations,
  type ApiOrganization,
  type ApiRequestError,
  type OrganizationRole,
} from '@videnbro/web-core';
import { ErrorAlert, LoadingState, NotFound, PageTitle, type ErrorLike } from '@videnbro/web-ui';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { describeError } from '../lib/errors';
import { MY_ORGANIZATIONS_PATH, organizationPath } from '../lib/paths';
import {
  useChangeRole,
  useDecideJoinRequest,
  useInvitations,
  useInvite,
  useJoinRequests,
  useMembers,
  useRemoveMember,
  useRevokeInvitation,
  type Member,
} from '../queries/members';
import { membershipIn, useOrganization } from '../queries/organizations';

const ROLES: readonly OrganizationRole[] = ['member', 'admin', 'owner'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the signed-in user may do with the members of one organisation, as the API decides it. */
export interface MemberRights {
  userId: string;
  /** Owners and admins (and platform admins) manage members, invitations and join requests. */
  manage: boolean;
  /** Only owners (and platform admins) make, unmake, invite or remove owners. */
  manageOwners: boolean;
}

/** The roles `rights` may give, and whether they may change or remove `member` at all. */
export function memberActions(rights: MemberRights, member: Pick<Member, 'userId' | 'role'>) {
  const self = member.userId === rights.userId;
  const allowed = rights.manage && !self && (member.role !== 'owner' || rights.manageOwners);
  return {
    changeRole: allowed,
    remove: allowed,
    roles: ROLES.filter((role) => role !== 'owner' || rights.manageOwners),
  };
}

/** A failure of a member action, told in the user's language where we can. */
function actionError(error: ApiRequestError, t: TFunction): ErrorLike {
  if (error.status === 409 && /owner/i.test(error.body.message))
    return { message: t('organizations:errors.lastOwner') };
  return describeError(error, t);
}

/**
 * `/organizations/:id/members`: the members and their roles; for owners and admins also changing
 * roles, removing members, inviting by email (open invitations can be withdrawn) and answering
 * requests to join. Anyone may leave.
 */
export function MembersPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('organizations');
  const organization = useOrganization(id);
  const me = useMe();
  const memberships = useMyOrganizations();
  const members = useMembers(id);

  if (organization.isPending || memberships.isPending || members.isPending || !me.data) {
    return <LoadingState />;
  }
  if (organization.error?.status === 404 || organization.error?.status === 400) return <NotFound />;
  if (organization.error || memberships.error) return <ErrorAlert error={t('common:errors.unexpected')} />;

  const name = organization.data.name;
  if (members.error) {
    return (
      <Stack gap="md">
        <PageTitle documentTitle={t('members.documentTitle')}>{t('members.title', { name })}</PageTitle>
        <ErrorAlert
          error={
            members.error.status === 403 ? t('members.forbidden', { name }) : describeError(members.error, t)
          }
        />
      </Stack>
    );
  }

  const role = membershipIn(memberships.data, id)?.role;
  const platformAdmin = me.data.roles.includes('admin');
  const rights: MemberRights = {
    userId: me.data.id,
    manage: platformAdmin || isManagerRole(role),
    manageOwners: platformAdmin || role === 'owner',
  };
  return (
    <Members
      organization={organization.data}
      members={members.data}
      rights={rights}
      isMember={Boolean(role)}
    />
  );
}

function Members({
  organization,
  members,
  rights,
  isMember,
}: {
  organization: ApiOrganization;
  members: Member[];
  rights: MemberRights;
  isMember: boolean;
}) {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const navigate = useNavigate();
  const changeRole = useChangeRole(organization.id);
  const remove = useRemoveMember(organization.id);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

  const done = (message: string) => {
    setStatus(message);
    setError(null);
  };
  const failed = (failure: ApiRequestError) => {
    setStatus(null);
    setError(actionError(failure, t));
  };

  const onRole = (member: Member, next: OrganizationRole) =>
    changeRole.mutate(
      { userId: member.userId, role: next },
      {
        onSuccess: () => done(t('members.roleChanged', { name: member.name, role: t(`roles.${next}`) })),
        onError: failed,
      },
    );
  const onRemove = (member: Member) =>
    remove.mutate(
      { userId: member.userId },
      {
        onSuccess: () => {
          setConfirming(null);
          if (member.userId === rights.userId) void navigate(MY_ORGANIZATIONS_PATH);
          else done(t('members.removed', { name: member.name }));
        },
        onError: (failure) => {
          setConfirming(null);
          failed(failure);
        },
      },
    );
  const self = members.find((member) => member.userId === rights.userId);

  return (
    <Stack gap="lg" data-testid="members-page">
      <Stack gap={4}>
        <PageTitle documentTitle={t('members.documentTitle')}>
          {t('members.title', { name: organization.name })}
        </PageTitle>
        <Anchor component={Link} to={organizationPath(organization.id)} size="sm">
          {t('members.back', { name: organization.name })}
        </Anchor>
      </Stack>

      <div aria-live="polite">
        {status && (
          <Alert color="green" variant="light" role="status" data-testid="members-status">
            {status}
          </Alert>
        )}
      </div>
      <ErrorAlert error={error} />

      <Table.ScrollContainer minWidth={640}>
        <Table data-testid="members-table" aria-label={t('members.table')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('members.name')}</Table.Th>
              <Table.Th scope="col">{t('members.email')}</Table.Th>
              <Table.Th scope="col">{t('members.role')}</Table.Th>
              <Table.Th scope="col">{t('members.since')}</Table.Th>
              <Table.Th scope="col">{t('members.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const actions = memberActions(rights, member);
              return (
                <Table.Tr key={member.userId} data-testid="member-row" data-user-id={member.userId}>
                  <Table.Th scope="row" fw={400}>
                    {member.name} {member.userId === rights.userId && t('members.you')}
                  </Table.Th>
                  <Table.Td>{member.email}</Table.Td>
                  <Table.Td>
                    {actions.changeRole ? (
                      <NativeSelect
                        size="xs"
                        aria-label={t('members.roleOf', { name: member.name })}
                        value={member.role}
                        disabled={changeRole.isPending}
                        onChange={(event) => {
                          const next = ROLES.find((candidate) => candidate === event.currentTarget.value);
                          if (next) onRole(member, next);
                        }}
                        data-testid="member-role"
                      >
                        {actions.roles.map((option) => (
                          <option key={option} value={option}>
                            {t(`roles.${option}`)}
                          </option>
                        ))}
                      </NativeSelect>
                    ) : (
                      <span data-testid="member-role-text">{t(`roles.${member.role}`)}</span>
                    )}
                  </Table.Td>
                  <Table.Td>{date.format(new Date(member.since))}</Table.Td>
                  <Table.Td>
                    {actions.remove &&
                      (confirming === member.userId ? (
                        <Group gap="xs" wrap="nowrap">
                          <Text size="sm">{t('members.confirmRemove', { name: member.name })}</Text>
                          <Button
                            size="xs"
                            color="red"
                            loading={remove.isPending}
                            onClick={() => onRemove(member)}
                            data-testid="confirm-remove"
                          >
                            {t('members.confirm')}
                          </Button>
                          <Button size="xs" variant="subtle" onClick={() => setConfirming(null)}>
                            {t('members.cancel')}
                          </Button>
                        </Group>
                      ) : (
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          aria-label={t('members.removeLabel', { name: member.name })}
                          onClick={() => setConfirming(member.userId)}
                          data-testid="remove-member"
                        >
                          {t('members.remove')}
                        </Button>
                      ))}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {rights.manage && (
        <>
          <InviteForm organizationId={organization.id} manageOwners={rights.manageOwners} />
          <OpenInvitations organizationId={organization.id} />
          <JoinRequests organizationId={organization.id} />
        </>
      )}

      {isMember && self && (
        <Group gap="sm">
          {confirming === 'leave' ? (
            <>
              <Text size="sm">{t('members.confirmLeave', { name: organization.name })}</Text>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() => onRemove(self)}
                data-testid="confirm-leave"
              >
                {t('members.confirmLeaveButton')}
              </Button>
              <Button variant="subtle" onClick={() => setConfirming(null)}>
                {t('members.cancel')}
              </Button>
            </>
          ) : (
            <Button variant="default" onClick={() => setConfirming('leave')} data-testid="leave-organization">
              {t('members.leave')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

function InviteForm({ organizationId, manageOwners }: { organizationId: string; manageOwners: boolean }) {
  const { t } = useTranslation('organizations');
  const invite = useInvite(organizationId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrganizationRole>('member');
  const [emailError, setEmailError] = useState<string | undefined>();
  const [general, setGeneral] = useState<ErrorLike | null>(null);
  const [result, setResult] = useState<{ email: string; sent: boolean } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (!EMAIL.test(address)) return setEmailError(t('members.invite.emailInvalid'));
    setGeneral(null);
    setResult(null);
    invite.mutate(
      { email: address, role },
      {
        onSuccess: (invitation) => {
          setResult({ email: invitation.email, sent: invitation.emailSent });
          setEmail('');
        },
        onError: (failure) => {
          if (failure.status === 409) return setEmailError(t('members.invite.conflict'));
          const field = failure.body.details?.find((detail) => detail.field === 'email');
          if (field) return setEmailError(field.message);
          setGeneral(describeError(failure, t));
        },
      },
    );
  };

  return (
    <section aria-labelledby="invite-heading">
      <Title order={2} size="h3" id="invite-heading" mb="sm">
        {t('members.invite.title')}
      </Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate data-testid="invite-form">
          <Stack gap="sm">
            <ErrorAlert error={general} />
            <div aria-live="polite">
              {result && (
                <Alert
                  color={result.sent ? 'green' : 'yellow'}
                  variant="light"
                  role="status"
                  data-testid="invite-result"
                >
                  {t(result.sent ? 'members.invite.sent' : 'members.invite.notSent', { email: result.email })}
                </Alert>
              )}
            </div>
            <Group align="flex-start" grow>
              <TextInput
                label={t('members.invite.email')}
                type="email"
                name="email"
                autoComplete="off"
                required
                value={email}
                onChange={(event) => {
                  setEmail(event.currentTarget.value);
                  setEmailError(undefined);
                }}
                error={emailError}
              />
              <NativeSelect
                label={t('members.invite.role')}
                name="role"
                value={role}
                onChange={(event) => {
                  const next = ROLES.find((candidate) => candidate === event.currentTarget.value);
                  if (next) setRole(next);
                }}
              >
                {ROLES.filter((option) => option !== 'owner' || manageOwners).map((option) => (
                  <option key={option} value={option}>
                    {t(`roles.${option}`)}
                  </option>
                ))}
              </NativeSelect>
            </Group>
            <Button type="submit" loading={invite.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('members.invite.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </section>
  );
}

function OpenInvitations({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const invitations = useInvitations(organizationId, true);
  const revoke = useRevokeInvitation(organizationId);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="invitations-heading" data-testid="open-invitations">
      <Title order={2} size="h3" id="invitations-heading" mb="sm">
        {t('members.invitations.title')}
      </Title>
      {invitations.isPending && <LoadingState />}
      {invitations.error && <ErrorAlert error={describeError(invitations.error, t)} />}
      {revoke.error && <ErrorAlert error={describeError(revoke.error, t)} />}
      {invitations.data?.length === 0 && <Text c="dimmed">{t('members.invitations.none')}</Text>}
      {invitations.data && invitations.data.length > 0 && (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {invitations.data.map((invitation) => (
            <Group component="li" key={invitation.id} justify="space-between" data-testid="invitation-row">
              <Text size="sm">
                {t('members.invitations.line', {
                  email: invitation.email,
                  role: t(`roles.${invitation.role}`),
                  date: date.format(new Date(invitation.expiresAt)),
                })}
              </Text>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                aria-label={t('members.invitations.revokeLabel', { email: invitation.email })}
                loading={revoke.isPending && revoke.variables?.invitationId === invitation.id}
                onClick={() => revoke.mutate({ invitationId: invitation.id })}
              >
                {t('members.invitations.revoke')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </section>
  );
}

function JoinRequests({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const requests = useJoinRequests(organizationId, true);
  const decide = useDecideJoinRequest(organizationId);
  const [status, setStatus] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="requests-heading" data-testid="join-requests">
      <Title order={2} size="h3" id="requests-heading" mb="sm">
        {t('members.requests.title')}
      </Title>
      <div aria-live="polite">
        {status && (
          <Alert color="green" variant="light" role="status" mb="sm">
            {status}
          </Alert>
        )}
      </div>
      {requests.isPending && <LoadingState />}
      {requests.error && <ErrorAlert error={describeError(requests.error, t)} />}
      {decide.error && <ErrorAlert error={describeError(decide.error, t)} />}
      {requests.data?.length === 0 && <Text c="dimmed">{t('members.requests.none')}</Text>}
      {requests.data && requests.data.length > 0 && (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {requests.data.map((request) => {
            const run = (decision: 'approve' | 'reject') =>
              decide.mutate(
                { requestId: request.id, decision },
                {
                  onSuccess: () =>
                    setStatus(
                      t(decision === 'approve' ? 'members.requests.approved' : 'members.requests.rejected', {
                        name: request.userName,
                      }),
                    ),
                },
              );
            return (
              <Paper component="li" withBorder p="sm" key={request.id} data-testid="join-request-row">
                <Group justify="space-between" align="flex-start">
                  <Stack gap={2}>
                    <Text fw={600}>
                      {request.userName} ({request.userEmail})
                    </Text>
                    <Text size="sm" c="dimmed">
                      {date.format(new Date(request.createdAt))}
                    </Text>
                    {request.message && (
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {request.message}
                      </Text>
                    )}
                  </Stack>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      aria-label={t('members.requests.approveLabel', { name: request.userName })}
                      disabled={decide.isPending}
                      onClick={() => run('approve')}
                      data-testid={`approve-${request.id}`}
                    >
                      {t('members.requests.approve')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      aria-label={t('members.requests.rejectLabel', { name: request.userName })}
                      disabled={decide.isPending}
                      onClick={() => run('reject')}
                      data-testid={`reject-${request.id}`}
                    >
                      {t('members.requests.reject')}
                    </Button>
                  </Group>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </section>
  );
}

export default MembersPage;
