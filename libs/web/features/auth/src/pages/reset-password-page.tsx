import { Alert, Anchor, Button, Paper, Stack } from '@mantine/core';
import { describeApiError } from '@videnbro/web-core';
import { ErrorAlert, PageTitle, splitFieldErrors } from '@videnbro/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { NewPasswordInput, newPasswordReady } from '../components/new-password-input';
import { FORGOT_PASSWORD_PATH, SIGN_IN_PATH } from '../lib/next-path';
import { useResetPassword } from '../queries/account';

/** `/reset-password/:token`, opened from the mail: a new password, then sign in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation('account');
  const { token = '' } = useParams();
  const reset = useResetPassword(token);
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (reset.isSuccess) {
    return (
      <Stack gap="md">
        <PageTitle>{t('reset.title')}</PageTitle>
        <Alert color="green" role="status" data-testid="password-reset-done">
          {t('reset.done')}
        </Alert>
        <Anchor component={Link} to={SIGN_IN_PATH}>
          {t('reset.signIn')}
        </Anchor>
      </Stack>
    );
  }

  if (reset.error?.status === 410) {
    return (
      <Stack gap="md">
        <PageTitle>{t('reset.title')}</PageTitle>
        <ErrorAlert error={t('invalidLink')} />
        <Anchor component={Link} to={FORGOT_PASSWORD_PATH}>
          {t('newLink')}
        </Anchor>
      </Stack>
    );
  }

  const { fields, general } = reset.error
    ? splitFieldErrors(describeApiError(reset.error, t), ['password'] as const)
    : { fields: {}, general: null };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!newPasswordReady(password)) return passwordRef.current?.focus();
    reset.mutate(password);
  };

  return (
    <Stack gap="md">
      <PageTitle>{t('reset.title')}</PageTitle>
      <Paper withBorder p="lg">
        <form data-testid="reset-password-form" noValidate onSubmit={onSubmit}>
          <Stack gap="md">
            <ErrorAlert error={general} />
            <NewPasswordInput
              inputRef={passwordRef}
              label={t('reset.password')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fields.password}
              checked={submitted}
            />
            <Button type="submit" loading={reset.isPending}>
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

export default ResetPasswordPage;
