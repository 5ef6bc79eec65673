// TypeORM compares check constraints by name only: rename the check when its list changes.
export const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
