import { describeApiError, type ApiRequestError, type DescribedError } from '@videnbro/web-core';
import { splitFieldErrors } from '@videnbro/web-ui';
import type { TFunction } from 'i18next';
import { PROFILE_FIELDS } from './profile';

const EXISTING_ORGANIZATION = 'existingOrganizationId';

/** What to tell the user about a failed call on an organisation. */
export function describeError(error: ApiRequestError, t: TFunction): DescribedError {
  return describeApiError(error, t, { 403: t('organizations:errors.forbidden') });
}

/**
 * An API error on the profile form: the first message for each field, and what is left for the form
 * as a whole (null when every detail found its field).
 */
export function profileFormErrors(error: ApiRequestError, t: TFunction) {
  const described = describeError(error, t);
  // The holder of a taken CVR number (a 409's existingOrganizationId) is for the code, not the reader.
  const details = described.details?.filter((detail) => detail.field !== EXISTING_ORGANIZATION);
  return splitFieldErrors({ ...described, details }, PROFILE_FIELDS);
}

/** The organisation a 409 on create names as the holder of the CVR number, to ask to join instead. */
export function existingOrganizationId(error: ApiRequestError): string | null {
  if (error.status !== 409) return null;
  return error.body.details?.find((detail) => detail.field === EXISTING_ORGANIZATION)?.message ?? null;
}

/** The field messages without `field`'s: the same object when it had none, so nothing re-renders. */
export function withoutFieldError<F extends string>(
  errors: Partial<Record<F, string>>,
  field: F,
): Partial<Record<F, string>> {
  if (!(field in errors)) return errors;
  const { [field]: _cleared, ...others } = errors;
  return others as Partial<Record<F, string>>;
}
