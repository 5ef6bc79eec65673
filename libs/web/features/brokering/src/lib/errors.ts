import { describeApiError, type ApiRequestError, type DescribedError } from '@videnbro/web-core';
import type { TFunction } from 'i18next';

/** What to tell the user about a failed call on the board or the inbox. */
export function describeError(error: ApiRequestError, t: TFunction): DescribedError {
  return describeApiError(error, t, { 403: t('brokering:errors.forbidden') });
}
