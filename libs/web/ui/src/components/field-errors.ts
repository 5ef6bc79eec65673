import type { ErrorLike } from './error-alert';

/**
 * Splits an error's details into the first message for each of a form's fields, shown on the field,
 * and what is left for the form as a whole (null when every detail found its field).
 */
export function splitFieldErrors<F extends string>(
  error: ErrorLike,
  fields: readonly F[],
): { fields: Partial<Record<F, string>>; general: ErrorLike | null } {
  const found: Partial<Record<F, string>> = {};
  const rest = (error.details ?? []).filter((detail) => {
    const field = fields.find((candidate) => candidate === detail.field);
    if (field) found[field] ??= detail.message;
    return !field;
  });
  const general = rest.length > 0 || Object.keys(found).length === 0 ? { ...error, details: rest } : null;
  return { fields: found, general };
}
