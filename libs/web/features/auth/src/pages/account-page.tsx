import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { describeApiError, useMe, type ApiRequestError } from '@videnbro/web-core';
import { ErrorAlert, PageTitle, splitFieldErrors } from '@videnbro/web-ui';
import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { NewPasswordInput, newPasswordReady } from '../components/new-password-input';
import { SIGN_IN_PATH } from '../lib/next-path';
import { emailProblem } from '../lib/validation';
import {
  PERSONAL_DATA_URL,
  useChangePassword,
  useDeleteAccount,
  useRequestEmailChange,
} from '../queries/account';

/** Field messages and the rest of an API error; a wrong password in the account's words. */
function formErrors<F extends string>(error: ApiRequestError | null, fields: readonly F[], t: TFunction) {
  const none: Partial<Record<F, string>> = {};
  if (!error) return { fields: none, general: null };
  // Too many wrong passwords: the same backoff as sign-in, in the same words.
  if (error.status === 429) return { fields: none, general: { message: t('auth:signIn.tooManyAttempts') } };
  const split = splitFieldErrors(describeApiError(error, t), fields);
  for (const field of fields) {
    if (split.fields[field] === 'The password is not correct') split.fields[field] = t('wrongPassword');
  }
  return split;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation('account');
  const change = useChangePassword();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const [submitted, setSubmitted] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const errors = formErrors(change.error, ['currentPassword', 'newPassword'] as const, t);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!values.currentPassword) return currentRef.current?.focus();
    if (!newPasswordReady(values.newPassword)) return newRef.current?.focus();
    change.mutate(values, { onSuccess: () => setValues({ currentPassword: '', newPassword: '' }) });
  };

  return (
    <form data-testid="change-password-form" noValidate onSubmit={onSubmit}>
      <Stack gap="md">
        {change.isSuccess && (
          <Alert color="green" role="status">
            {t('password.changed')}
          </Alert>
        )}
        <ErrorAlert error={errors.general} />
        <PasswordInput
          ref={currentRef}
          label={t('password.current')}
          name="currentPassword"
          autoComplete="current-password"
          required
          value={values.currentPassword}
          onChange={(event) => setValues({ ...values, currentPassword: event.currentTarget.value })}
          error={
            errors.fields.currentPassword ??
            (submitted && !values.currentPassword ? t('auth:validation.passwordRequired') : undefined)
          }
          visibilityToggleButtonProps={{ 'aria-label': t('auth:showPassword') }}
          visibilityToggleFocusable
        />
        <NewPasswordInput
          inputRef={newRef}
          name="newPassword"
          label={t('password.new')}
          value={values.newPassword}
          onChange={(event) => setValues({ ...values, newPassword: event.currentTarget.value })}
          error={errors.fields.newPassword}
          checked={submitted}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function ChangeEmailForm({ email }: { email: string }) {
  const { t } = useTranslation('account');
  const requestChange = useRequestEmailChange();
  const [values, setValues] = useState({ newEmail: '', password: '' });
  const [submitted, setSubmitted] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const problem = emailProblem(values.newEmail);
  const errors = formErrors(requestChange.error, ['newEmail', 'password'] as const, t);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem) return emailRef.current?.focus();
    if (!values.password) return passwordRef.current?.focus();
    requestChange.mutate({ newEmail: values.newEmail.trim(), password: values.password });
  };

  if (requestChange.isSuccess) {
    return (
      <Alert color="green" role="status" data-testid="email-change-sent">
        {t('email.sent')}
      </Alert>
    );
  }
  return (
    <form data-testid="change-email-form" noValidate onSubmit={onSubmit}>
      <Stack gap="md">
        <Text>{t('email.current', { email })}</Text>
        <ErrorAlert error={errors.general} />
        <TextInput
          ref={emailRef}
          label={t('email.new')}
          type="email"
          name="newEmail"
          autoComplete="email"
          required
          value={values.newEmail}
          onChange={(event) => setValues({ ...values, newEmail: event.currentTarget.value })}
          error={
            errors.fields.newEmail ?? (submitted && problem ? t(`auth:validation.${problem}`) : undefined)
          }
        />
        <PasswordInput
          ref={passwordRef}
          label={t('email.password')}
          name="password"
          autoComplete="current-password"
          required
          value={values.password}
          onChange={(event) => setValues({ ...values, password: event.currentTarget.value })}
          error={
            errors.fields.password ??
            (submitted && !values.password ? t('auth:validation.passwordRequired') : undefined)
          }
          visibilityToggleButtonProps={{ 'aria-label': t('auth:showPassword') }}
          visibilityToggleFocusable
        />
        <Button type="submit" loading={requestChange.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('email.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function DeleteAccount() {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const erase = useDeleteAccount();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const errors = formErrors(erase.error, ['password'] as const, t);
  const general = erase.error?.status === 409 ? { message: t('delete.soleOwner') } : errors.general;

  const close = () => {
    setOpen(false);
    setPassword('');
    setSubmitted(false);
    erase.reset();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!password) return;
    erase.mutate(password, { onSuccess: () => navigate(SIGN_IN_PATH, { replace: true }) });
  };

  return (
    <>
      <Text>{t('delete.intro')}</Text>
      <Button
        color="red"
        variant="outline"
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'flex-start' }}
        data-testid="delete-account"
      >
        {t('delete.open')}
      </Button>
      <Modal opened={open} onClose={close} title={t('delete.dialogTitle')} centered>
        <form data-testid="delete-account-form" noValidate onSubmit={onSubmit}>
          <Stack gap="md">
            <Text>{t('delete.dialogText')}</Text>
            <ErrorAlert error={general} />
            <PasswordInput
              label={t('delete.password')}
              name="password"
              autoComplete="current-password"
              required
              data-autofocus
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={
                errors.fields.password ??
                (submitted && !password ? t('auth:validation.passwordRequired') : undefined)
              }
              visibilityToggleButtonProps={{ 'aria-label': t('auth:showPassword') }}
              visibilityToggleFocusable
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('delete.cancel')}
              </Button>
              <Button type="submit" color="red" loading={erase.isPending}>
                {t('delete.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** `/account`: change password and email address, download my data, delete my account. */
export function AccountPage() {
  const { t } = useTranslation('account');
  const me = useMe();
  if (!me.data) return null;
  return (
    <Stack gap="lg">
      <PageTitle>{t('title')}</PageTitle>
      <Text>{t('intro')}</Text>
      <Section title={t('password.title')}>
        <ChangePasswordForm />
      </Section>
      <Section title={t('email.title')}>
        <ChangeEmailForm email={me.data.email} />
      </Section>
      <Section title={t('data.title')}>
        <Text>{t('data.intro')}</Text>
        <Button
          component="a"
          href={PERSONAL_DATA_URL}
          download
          variant="light"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('data.download')}
        </Button>
      </Section>
      <Section title={t('delete.title')}>
        <DeleteAccount />
      </Section>
    </Stack>
  );
}

export default AccountPage;
