import type { ApiRequestError } from '@videnbro/web-core';
import type { ErrorLike } from '@videnbro/web-ui';
import type { TFunction } from 'i18next';

/** What to tell the user about a failed call: our own words where the API's message would be generic. */
export function describeError(error: ApiRequestError, t: TFunction): ErrorLike {
  if (error.isNetworkError) return { message: t('common:errors.network') };
  if (error.status >= 500) return { message: t('common:errors.unexpected') };
  if (error.status === 403) return { message: t('postings:errors.forbidden') };
  if (error.status === 409) return { message: t('postings:status.conflict') };
  return { message: error.body.message, details: error.body.details };
}
