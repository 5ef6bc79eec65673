import type { ApiRequestError } from '@videnbro/web-core';
import type { ErrorLike } from '@videnbro/web-ui';
import type { TFunction } from 'i18next';

/** What to tell the user about a failed call, in their language where the API's message is generic. */
export function describeError(error: ApiRequestError, t: TFunction): ErrorLike {
  if (error.isNetworkError) return { message: t('common:errors.network') };
  if (error.status >= 500) return { message: t('common:errors.unexpected') };
  if (error.status === 403) return { message: t('organizations:errors.forbidden') };
  return { message: error.body.message, details: error.body.details };
}

/**
 * Splits an API error into messages for the form's fields (the first one for each) and what is left
 * for the form as a whole (null when every detail found its field).
 */
export function splitFieldErrors<F extends string>(
  error: ApiRequestError,
  fields: readonly F[],
  t: TFunction,
): { fields: Partial<Record<F, string>>; general: ErrorLike | null } {
  const described = describeError(error, t);
  const found: Partial<Record<F, string>> = {};
  const rest = (described.details ?? []).filter((detail) => {
    const field = fields.find((candidate) => candidate === detail.field);
    if (field) found[field] ??= detail.message;
    return !field;
  });
  const general = rest.length > 0 || Object.keys(found).length === 0 ? { ...described, details: rest } : null;
  return { fields: found, general };
}

/** The organisation a 409 on create names as the holder of the CVR number, to ask to join instead. */
export function existingOrganizationId(error: ApiRequestError): string | null {
  if (error.status !== 409) return null;
  return error.body.details?.find((detail) => detail.field === 'existingOrganizationId')?.message ?? null;
}
