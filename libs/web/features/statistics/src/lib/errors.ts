import { describeApiError, type ApiRequestError, type DescribedError } from '@videnbro/web-core';
import type { TFunction } from 'i18next';

/** What to tell the user about a failed statistics call. */
export function describeError(error: ApiRequestError, t: TFunction): DescribedError {
  return describeApiError(error, t, { 403: t('statistics:errors.forbidden') });
}
