import { Button, Paper, Stack } from '@mantine/core';
import { isManagerRole, useMe, useMyOrganizations, type ApiOrganization } from '@videnbro/web-core';
import { ErrorAlert, LoadingState, NotFound, PageTitle, type ErrorLike } from '@videnbro/web-ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { OrganizationForm } from '../components/organization-form';
import { profileFormErrors, withoutFieldError } from '../lib/errors';
import { organizationPath } from '../lib/paths';
import { profileFromOrganization, updateBody, type ProfileField } from '../lib/profile';
import { membershipIn, useOrganization, useUpdateOrganization } from '../queries/organizations';

/** `/organizations/:id/edit`: the profile form, for the organisation's owners and admins. */
export function EditOrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('organizations');
  const organization = useOrganization(id);
  const me = useMe();
  const memberships = useMyOrganizations();

  if (organization.isPending || memberships.isPending) return <LoadingState />;
  if (organization.error?.status === 404 || organization.error?.status === 400) return <NotFound />;
  if (organization.error || memberships.error) return <ErrorAlert error={t('common:errors.unexpected')} />;

  const role = membershipIn(memberships.data, id)?.role;
  const allowed = isManagerRole(role) || (me.data?.roles.includes('admin') ?? false);
  if (!allowed) {
    return (
      <Stack gap="md">
        <PageTitle>{t('editPage.title', { name: organization.data.name })}</PageTitle>
        <ErrorAlert error={t('editPage.forbidden', { name: organization.data.name })} />
      </Stack>
    );
  }
  return <EditForm organization={organization.data} />;
}

function EditForm({ organization }: { organization: ApiOrganization }) {
  const { t } = useTranslation('organizations');
  const navigate = useNavigate();
  const update = useUpdateOrganization(organization.id);
  const [initial] = useState(() => profileFromOrganization(organization));
  const [serverErrors, setServerErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [generalError, setGeneralError] = useState<ErrorLike | null>(null);
  const onFieldChange = useCallback(
    (field: ProfileField) => setServerErrors((current) => withoutFieldError(current, field)),
    [],
  );

  return (
    <Stack gap="md">
      <PageTitle>{t('editPage.title', { name: organization.name })}</PageTitle>
      <Paper withBorder p="lg">
        <OrganizationForm
          testId="organization-form"
          initial={initial}
          submitLabel={t('editPage.submit')}
          pending={update.isPending}
          serverErrors={serverErrors}
          generalError={generalError}
          onFieldChange={onFieldChange}
          actions={
            <Button component={Link} to={organizationPath(organization.id)} variant="subtle">
              {t('editPage.cancel')}
            </Button>
          }
          onSubmit={(values) => {
            setGeneralError(null);
            update.mutate(updateBody(values), {
              onSuccess: () =>
                void navigate(organizationPath(organization.id), { state: { notice: 'saved' } }),
              onError: (error) => {
                const { fields, general } = profileFormErrors(error, t);
                setServerErrors(fields);
                setGeneralError(general);
              },
            });
          }}
        />
      </Paper>
    </Stack>
  );
}

export default EditOrganizationPage;
