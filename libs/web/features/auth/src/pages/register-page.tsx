import { Anchor, Button, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useLanguage, useMe, useRegister, type ApiRequestError, type Language } from '@videnbro/web-core';
import { ErrorAlert, PageTitle, splitFieldErrors, type ErrorLike } from '@videnbro/web-ui';
import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { NewPasswordInput } from '../components/new-password-input';
import { describeAuthError } from '../lib/error-message';
import { safeNextPath, SIGN_IN_PATH, withNext } from '../lib/next-path';
import { emailProblem, PASSWORD_MIN_LENGTH, passwordMissing } from '../lib/validation';

type Field = 'name' | 'email' | 'password';
const FIELDS: readonly Field[] = ['name', 'email', 'password'];

/** Splits an API error into messages for the form's fields and one for the form as a whole. */
function splitServerError(
  error: ApiRequestError,
  t: TFunction,
): { fields: Partial<Record<Field, string>>; general: ErrorLike | null } {
  if (error.status === 409) return { fields: { email: t('auth:register.emailTaken') }, general: null };
  return splitFieldErrors(describeAuthError(error, t), FIELDS);
}

export interface RegisterPageProps {
  /** Where a new account starts when no `?next=` says otherwise (the app's onboarding); `/` if unset. */
  firstPage?: string;
}

/** `/register`: name, email, password (checked while typed) and language; signs the new user in. */
export function RegisterPage({ firstPage = '/' }: RegisterPageProps) {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const requested = params.get('next');
  // Without a `?next=`, the new account starts at firstPage (decided on render: signing in swaps the
  // layout, which remounts this page).
  const next = requested === null ? firstPage : safeNextPath(requested);
  const me = useMe();
  const register = useRegister();
  const { language, setLanguage } = useLanguage();
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  // Follows the interface language until chosen here.
  const [chosenLocale, setLocale] = useState<Language | null>(null);
  const locale = chosenLocale ?? language;
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [generalError, setGeneralError] = useState<ErrorLike | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const focus = (field: Field) =>
    ({ name: nameRef, email: emailRef, password: passwordRef })[field].current?.focus();

  if (me.data) return <Navigate to={next} replace />;

  const missing = passwordMissing(values.password);
  const emailKey = emailProblem(values.email);
  const problems: Partial<Record<Field, string>> = {
    name: values.name.trim() ? undefined : t('validation.nameRequired'),
    email: emailKey && t(`validation.${emailKey}`),
    password:
      missing > 0 ? t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH, missing }) : undefined,
  };
  // Other fields are checked once left (NewPasswordInput checks the password as it is typed).
  const shown = (field: Field) => serverErrors[field] ?? (touched[field] ? problems[field] : undefined);

  const change = (field: Field) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors(({ [field]: _cleared, ...others }) => others);
  };
  const leave = (field: Field) => () => setTouched((current) => ({ ...current, [field]: true }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTouched({ name: true, email: true, password: true });
    const firstProblem = FIELDS.find((field) => problems[field]);
    if (firstProblem) return focus(firstProblem);
    setGeneralError(null);
    register.mutate(
      { name: values.name.trim(), email: values.email.trim(), password: values.password, locale },
      {
        onSuccess: (user) => {
          if (user.locale !== language) setLanguage(user.locale);
        },
        onError: (error) => {
          const { fields, general } = splitServerError(error, t);
          setServerErrors(fields);
          setGeneralError(general);
          const first = FIELDS.find((field) => fields[field]);
          if (first) focus(first);
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <PageTitle>{t('register.title')}</PageTitle>
      <Text>{t('register.intro')}</Text>
      <Paper withBorder p="lg">
        <form data-testid="register-form" noValidate onSubmit={onSubmit}>
          <Stack gap="md">
            <ErrorAlert error={generalError} />
            <TextInput
              ref={nameRef}
              label={t('fields.name')}
              name="name"
              autoComplete="name"
              required
              value={values.name}
              onChange={change('name')}
              onBlur={leave('name')}
              error={shown('name')}
            />
            <TextInput
              ref={emailRef}
              label={t('fields.email')}
              type="email"
              name="email"
              autoComplete="email"
              required
              value={values.email}
              onChange={change('email')}
              onBlur={leave('email')}
              error={shown('email')}
            />
            <NewPasswordInput
              inputRef={passwordRef}
              label={t('fields.password')}
              value={values.password}
              onChange={change('password')}
              onBlur={leave('password')}
              error={serverErrors.password}
              checked={touched.password}
            />
            <NativeSelect
              label={t('fields.language')}
              description={t('register.languageHint')}
              name="locale"
              value={locale}
              onChange={(event) => setLocale(event.currentTarget.value === 'en' ? 'en' : 'da')}
            >
              <option value="da" lang="da">
                Dansk
              </option>
              <option value="en" lang="en">
                English
              </option>
            </NativeSelect>
            <Button type="submit" loading={register.isPending}>
              {t('register.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text>
        {t('register.haveAccount')}{' '}
        <Anchor component={Link} to={withNext(SIGN_IN_PATH, safeNextPath(requested))}>
          {t('register.signIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}

export default RegisterPage;
