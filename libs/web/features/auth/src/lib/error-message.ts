import type { ApiRequestError } from '@videnbro/web-core';
import type { ErrorLike } from '@videnbro/web-ui';
import type { TFunction } from 'i18next';

/** What to tell the user about a failed sign-in or registration, in their language where we can. */
export function describeAuthError(error: ApiRequestError, t: TFunction): ErrorLike {
  if (error.isNetworkError) return { message: t('common:errors.network') };
  if (error.status === 401) return { message: t('auth:signIn.invalidCredentials') };
  if (error.status === 429) return { message: t('auth:signIn.tooManyAttempts') };
  if (error.status >= 500) return { message: t('common:errors.unexpected') };
  return { message: error.body.message, details: error.body.details };
}
