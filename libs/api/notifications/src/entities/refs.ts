/**
 * The users table belongs to the auth feature, which a data-access library may not import. The
 * relation names the entity instead, so the foreign key is real.
 */
export const USER_ENTITY = 'User';

// TypeORM compares check constraints by name only: rename the check when its list changes.
export const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
