import { Transform } from 'class-transformer';
import { ValidateBy, ValidateIf } from 'class-validator';
import type { ValidationOptions } from 'class-validator';

// Request-field helpers the features' DTOs share.

/** Trims strings; leaves anything else for the validators to refuse. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/**
 * Optional but not nullable: an absent field is skipped, an explicit null is validated (and refused).
 * (class-validator's IsOptional lets null through, which is right only for fields that can be cleared.)
 */
export const OptionalNotNull = () => ValidateIf((_object: unknown, value: unknown) => value !== undefined);

// Unicode "Cc": C0 controls, DEL and C1 controls. Multi-line text may keep line feeds and tabs.
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINE_FEED_AND_TAB = /[^\P{Cc}\n\t]/u;

/** Refuses control characters: all of them in a single line, all but line feeds and tabs in a text. */
export function NoControlCharacters(
  kind: 'single-line' | 'multi-line',
  options: ValidationOptions = {},
): PropertyDecorator {
  const pattern = kind === 'single-line' ? CONTROL : CONTROL_EXCEPT_LINE_FEED_AND_TAB;
  const allowed = kind === 'single-line' ? '' : ' other than line breaks and tabs';
  return ValidateBy(
    {
      name: 'noControlCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !pattern.test(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must not contain control characters${allowed}`,
      },
    },
    options,
  );
}
