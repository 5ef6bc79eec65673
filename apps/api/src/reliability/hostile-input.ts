import fc from 'fast-check';
import type { Schema } from './endpoints';

/** Strings that try to break out of SQL, HTML and the Meilisearch filter the server builds. */
export const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE needs; --",
  '1; SELECT pg_sleep(0)',
  "\\'; --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '" OR visibility = "brokers',
  "' OR visibility = 'brokers",
  ') OR (',
  'visibility IS NULL',
  'tags IS NULL OR tags IS NOT NULL',
  'x" OR organizationId EXISTS OR "',
  '\\" OR visibility = \\"brokers',
  '\\',
  '"',
  "'",
  '`',
  '%',
  '_',
  '*',
  '../../etc/passwd',
  '${7*7}',
  '{{7*7}}',
];

/** Odd Unicode: NUL and other controls, lone surrogates, direction marks, combining marks, emoji, BOM. */
export const ODD_UNICODE = [
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\ud800',
  'x\udfffy',
  '\u202eevil\u202c',
  '\u200f\u200e\u061c',
  'e\u0301\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦🇩🇰',
  '\ufeff',
  '\u2028\u2029',
  '\uffff',
  'Ærø Å',
];

/** Very long strings: 100,000 characters, one and several bytes each. */
export const LONG_STRINGS = ['a'.repeat(100_000), 'ø'.repeat(100_000), '😀'.repeat(50_000)];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_UNICODE) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...INJECTIONS, ...ODD_UNICODE, 'ok', ' '), { minLength: 2, maxLength: 4 })
      .map((parts) => parts.join('')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', '   \t', 'null', 'undefined', 'true', 'NaN', '-1', '1e400'),
  },
);

/** Any JSON value of the wrong sort: hostile strings, nulls, odd numbers, arrays and objects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: hostileString },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.boolean() },
    {
      weight: 2,
      arbitrary: fc.constantFrom(0, -1, 1.5, -0.0001, 2 ** 31, 2 ** 53 + 1, 1e308, -1e308, Number.MAX_VALUE),
    },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        fc.constantFrom('__proto__', 'constructor', 'toString', '$where', 'a', ''),
        tie('value'),
        { maxKeys: 2 },
      ),
    },
  ),
})).value;

/**
 * A plausible value for a schema: its example, first enum value, or the smallest acceptable one.
 * `idFor` names a real id for a uuid property, or undefined; optional properties without one are left out.
 */
export function plausibleValue(
  schema: Schema,
  resolve: (schema: Schema) => Schema,
  idFor: (property: string) => string | undefined,
  property = '',
): unknown {
  const resolved = resolve(schema);
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.enum?.length) return resolved.enum[0];
  switch (resolved.type) {
    case 'string':
      if (resolved.format === 'uuid') return idFor(property);
      if (resolved.format === 'date') return '2025-03-12';
      if (resolved.format === 'date-time') return '2025-03-12T10:00:00.000Z';
      return `Plausible ${property} text`.padEnd(resolved.minLength ?? 0, '.');
    case 'number':
    case 'integer':
      return resolved.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array': {
      const item = plausibleValue(resolved.items ?? {}, resolve, idFor, property);
      return item === undefined
        ? undefined
        : Array.from({ length: Math.max(1, resolved.minItems ?? 0) }, () => item);
    }
    default: {
      const required = resolved.required ?? [];
      const entries = Object.entries(resolved.properties ?? {}).map(
        ([name, child]) => [name, plausibleValue(child, resolve, idFor, name)] as const,
      );
      return Object.fromEntries(
        entries
          .filter(([name, value]) => value !== undefined || required.includes(name))
          .map(([name, value]) => [name, value ?? NOWHERE]),
      );
    }
  }
}

/** A well-formed id of nothing. */
export const NOWHERE = '7a1b2c3d-0000-4000-8000-000000000000';

type Mutation =
  | { kind: 'replace-body'; value: unknown }
  | { kind: 'text'; field: string; value: string }
  | { kind: 'set'; field: string; value: unknown }
  | { kind: 'drop'; field: string }
  | { kind: 'extra'; field: string; value: unknown };

/**
 * Bodies for an object schema: a plausible body with one to three fields set to hostile values,
 * required fields dropped, unknown fields added, or no object at all (an array, a string, null).
 */
export function hostileBody(
  schema: Schema,
  plausible: Record<string, unknown>,
  resolve: (schema: Schema) => Schema,
): fc.Arbitrary<unknown> {
  const fields = Object.keys(schema.properties ?? {});
  // Free-text fields, where hostile strings may pass validation and reach the database.
  const texts = Object.entries(schema.properties ?? {})
    .filter(([, child]) => {
      const resolved = resolve(child);
      return resolved.type === 'string' && !resolved.enum && !resolved.format;
    })
    .map(([name]) => name);
  const required = schema.required ?? [];
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 1, arbitrary: hostileValue.map((value) => ({ kind: 'replace-body' as const, value })) },
    ...(fields.length
      ? [
          {
            weight: 6,
            arbitrary: fc.record({
              kind: fc.constant('set' as const),
              field: fc.constantFrom(...fields),
              value: hostileValue,
            }),
          },
        ]
      : []),
    ...(texts.length
      ? [
          {
            weight: 6,
            arbitrary: fc.record({
              kind: fc.constant('text' as const),
              field: fc.constantFrom(...texts),
              value: hostileString,
            }),
          },
        ]
      : []),
    ...(required.length
      ? [
          {
            weight: 1,
            arbitrary: fc.record({ kind: fc.constant('drop' as const), field: fc.constantFrom(...required) }),
          },
        ]
      : []),
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('extra' as const),
        field: fc.constantFrom('isAdmin', 'id', 'visibility', 'organizationId', 'role', '__proto__'),
        value: hostileValue,
      }),
    },
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
    let body: unknown = structuredClone(plausible);
    for (const change of mutations) {
      if (change.kind === 'replace-body') {
        body = change.value;
        continue;
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) continue;
      const object = body as Record<string, unknown>;
      // defineProperty, so that "__proto__" becomes an own key that JSON.stringify sends.
      if (change.kind === 'drop') delete object[change.field];
      else
        Object.defineProperty(object, change.field, {
          value: change.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return body;
  });
}

/**
 * Percent-encodes a string for a URL, byte by byte. A lone surrogate becomes the invalid UTF-8 bytes
 * it would take (encodeURIComponent throws on it instead), so the server sees that too.
 */
export function percentEncode(text: string): string {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      bytes.push(...Buffer.from(text.slice(index, index + 2)));
      index++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      bytes.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
    } else {
      bytes.push(...Buffer.from(text[index]));
    }
  }
  return bytes
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/**
 * A query string: one or two parameters hostile (once or repeated), some others plausible, the rest
 * absent, so that the hostile value is often the only thing wrong; now and then an unknown parameter.
 */
export function hostileQuery(
  parameters: { name: string; plausible: string | undefined }[],
): fc.Arbitrary<string> {
  const pair = (name: string, value: string) => `${percentEncode(name)}=${percentEncode(value)}`;
  const names = parameters.map((parameter) => parameter.name);
  return fc
    .record({
      hostile: names.length
        ? fc.subarray(names, { minLength: 1, maxLength: Math.min(2, names.length) })
        : fc.constant<string[]>([]),
      plausible: fc.subarray(names),
      values: fc.array(hostileString, { minLength: 1, maxLength: 2 }),
      extra: fc.option(
        fc.tuple(fc.constantFrom('filter', 'sort', 'visibility', '__proto__'), hostileString),
        {
          freq: names.length ? 5 : 1,
        },
      ),
    })
    .map(({ hostile, plausible, values, extra }) => {
      const pairs = parameters
        .filter(
          ({ name, plausible: value }) =>
            value !== undefined && plausible.includes(name) && !hostile.includes(name),
        )
        .map(({ name, plausible: value }) => pair(name, value as string));
      for (const name of hostile) pairs.push(...values.map((value) => pair(name, value)));
      if (extra) pairs.push(pair(...extra));
      return pairs.length ? `?${pairs.join('&')}` : '';
    });
}

/** Hostile path ids: injection strings, odd Unicode, numbers, and well-formed UUIDs of nothing. */
export const hostileId: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.filter((value) => value.length > 0 && value.length < 2000) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('0', '-1', '00000000-0000-0000-0000-000000000000', 'null') },
);
