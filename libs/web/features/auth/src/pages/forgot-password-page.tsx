import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { describeApiError } from '@videnbro/web-core';
import { ErrorAlert, PageTitle } from '@videnbro/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SIGN_IN_PATH } from '../lib/next-path';
import { emailProblem } from '../lib/validation';
import { useRequestPasswordReset } from '../queries/account';

/** `/forgot-password`: mails a reset link; the answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['account', 'auth']);
  const requestReset = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const problem = emailProblem(email);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem) return emailRef.current?.focus();
    requestReset.mutate(email.trim());
  };

  return (
    <Stack gap="md">
      <PageTitle>{t('forgot.title')}</PageTitle>
      {requestReset.isSuccess ? (
        <Alert color="green" role="status" data-testid="reset-link-sent">
          {t('forgot.sent')}
        </Alert>
      ) : (
        <>
          <Text>{t('forgot.intro')}</Text>
          <Paper withBorder p="lg">
            <form data-testid="forgot-password-form" noValidate onSubmit={onSubmit}>
              <Stack gap="md">
                {requestReset.error && <ErrorAlert error={describeApiError(requestReset.error, t)} />}
                <TextInput
                  ref={emailRef}
                  label={t('forgot.email')}
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(event) => setEmail(event.currentTarget.value)}
                  error={submitted && problem ? t(`auth:validation.${problem}`) : undefined}
                />
                <Button type="submit" loading={requestReset.isPending}>
                  {t('forgot.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>
        </>
      )}
      <Anchor component={Link} to={SIGN_IN_PATH}>
        {t('forgot.backToSignIn')}
      </Anchor>
    </Stack>
  );
}

export default ForgotPasswordPage;
