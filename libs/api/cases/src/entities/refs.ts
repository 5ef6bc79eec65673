import type { OrganizationKind } from '@videnbro/domain';

/**
 * The organisations, users, needs and competencies tables belong to other features, which this one may
 * not import (features depend on data-access and util libraries only). Relations name their entities
 * instead, so the foreign keys are real, and reads select only the columns they need.
 */
export const ORGANIZATION_ENTITY = 'Organization';
export const USER_ENTITY = 'User';
export const NEED_ENTITY = 'Need';
export const COMPETENCE_ENTITY = 'Competence';

export interface OrganizationRef {
  id: string;
  name: string;
  kind: OrganizationKind;
}

// TypeORM compares check constraints by name only: rename the check when its list changes.
export const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
