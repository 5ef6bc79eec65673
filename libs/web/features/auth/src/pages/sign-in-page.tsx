import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useIsSigningOut, useMe, useSignIn } from '@videnbro/web-core';
import { ErrorAlert, PageTitle } from '@videnbro/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { describeAuthError } from '../lib/error-message';
import { FORGOT_PASSWORD_PATH, REGISTER_PATH, safeNextPath, withNext } from '../lib/next-path';
import { emailProblem } from '../lib/validation';

/** `/sign-in`: email and password; afterwards back to `?next=` (or the overview). */
export function SignInPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const me = useMe();
  const signingOut = useIsSigningOut();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // Signed in (now, or already): on to where the user was going.
  if (me.data && !signingOut) return <Navigate to={next} replace />;

  const problems = {
    email: emailProblem(email),
    password: password ? undefined : ('passwordRequired' as const),
  };

  const passwordError = submitted && problems.password ? t(`validation.${problems.password}`) : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.email) return emailRef.current?.focus();
    if (problems.password) return passwordRef.current?.focus();
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <Stack gap="md">
      <PageTitle>{t('signIn.title')}</PageTitle>
      <Text>{t('signIn.intro')}</Text>
      <Paper withBorder p="lg">
        <form data-testid="sign-in-form" noValidate onSubmit={onSubmit}>
          <Stack gap="md">
            {signIn.error && <ErrorAlert error={describeAuthError(signIn.error, t)} />}
            <TextInput
              ref={emailRef}
              label={t('fields.email')}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={submitted && problems.email ? t(`validation.${problems.email}`) : undefined}
            />
            <PasswordInput
              ref={passwordRef}
              label={t('fields.password')}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={passwordError}
              // Mantine's PasswordInput leaves this out of its inner input.
              aria-invalid={Boolean(passwordError)}
              visibilityToggleButtonProps={{ 'aria-label': t('showPassword') }}
              visibilityToggleFocusable
            />
            <Anchor component={Link} to={FORGOT_PASSWORD_PATH} size="sm">
              {t('signIn.forgotPassword')}
            </Anchor>
            <Button type="submit" loading={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text>
        {t('signIn.noAccount')}{' '}
        <Anchor component={Link} to={withNext(REGISTER_PATH, next)}>
          {t('signIn.createAccount')}
        </Anchor>
      </Text>
    </Stack>
  );
}

export default SignInPage;
