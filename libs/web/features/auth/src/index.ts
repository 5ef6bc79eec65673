import { lazy } from 'react';

export { RequireAuth } from './components/require-auth';
export { useSignOutAction } from './hooks/use-sign-out-action';
export { authTranslations } from './i18n/translations';
export { REGISTER_PATH, safeNextPath, SIGN_IN_PATH, signInPath } from './lib/next-path';
export { PASSWORD_MIN_LENGTH } from './lib/validation';

/** The pages, each its own chunk, loaded when its route is first shown. */
export const SignInPage = lazy(() => import('./pages/sign-in-page'));
export const RegisterPage = lazy(() => import('./pages/register-page'));
