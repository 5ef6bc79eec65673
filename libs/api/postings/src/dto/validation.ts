// Trim, OptionalNotNull and NoControlCharacters are shared: @videnbro/http.
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

/** Windows and old Mac line endings become `\n`, so a pasted text passes the control-character check. */
export const UnixLineEndings = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value,
  );

/**
 * A text of `min` to `max` characters, where leading and trailing whitespace does not count toward
 * the minimum (20 spaces are no description) but the text is kept as written.
 */
export function TextLength(min: number, max: number): PropertyDecorator {
  return ValidateBy({
    name: 'textLength',
    constraints: [min, max],
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim().length >= min && value.length <= max,
      defaultMessage: (args) => `${args?.property ?? 'value'} must be ${min} to ${max} characters`,
    },
  });
}
