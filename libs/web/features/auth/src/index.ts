import type { LazyTranslationBundle } from '@videnbro/web-core';
import { lazy } from 'react';

export { RequireAuth } from './components/require-auth';
export { useSignOutAction } from './hooks/use-sign-out-action';
export { authTranslations } from './i18n/translations';
export {
  ACCOUNT_PATH,
  CONFIRM_EMAIL_PATH,
  FORGOT_PASSWORD_PATH,
  REGISTER_PATH,
  RESET_PASSWORD_PATH,
  safeNextPath,
  SIGN_IN_PATH,
  signInPath,
} from './lib/next-path';
export { PASSWORD_MIN_LENGTH } from './lib/validation';

/** The pages, each its own chunk, loaded when its route is first shown. */
export const SignInPage = lazy(() => import('./pages/sign-in-page'));
export const RegisterPage = lazy(() => import('./pages/register-page'));
export const ForgotPasswordPage = lazy(() => import('./pages/forgot-password-page'));
export const ResetPasswordPage = lazy(() => import('./pages/reset-password-page'));
export const ConfirmEmailPage = lazy(() => import('./pages/confirm-email-page'));
export const AccountPage = lazy(() => import('./pages/account-page'));

/** The account pages' texts, loaded with the first of them. */
export const accountTranslations: LazyTranslationBundle = {
  namespace: 'account',
  load: () => import('./i18n/account-translations').then((texts) => texts.accountTranslations),
};
