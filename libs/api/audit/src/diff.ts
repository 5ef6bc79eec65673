import type { Changes } from './audit-entry.entity';

/** A value as stored in the audit log: dates as ISO strings, undefined as null, the rest as JSON. */
export function auditValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(auditValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, auditValue(inner)]));
  }
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields whose value differs between `before` and `after`, as `{ field: { from, to } }`. Only the
 * listed fields are compared (so secrets and bookkeeping columns stay out of the log). A missing
 * `before` (creation) or `after` (deletion) counts as all nulls. Arrays compare by content and order.
 */
export function diff<B extends object, A extends object>(
  before: B | null | undefined,
  after: A | null | undefined,
  fields: readonly ((keyof B | keyof A) & string)[],
): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const from = auditValue((before as Record<string, unknown> | null | undefined)?.[field]);
    const to = auditValue((after as Record<string, unknown> | null | undefined)?.[field]);
    if (!sameValue(from, to)) changes[field] = { from, to };
  }
  return changes;
}
