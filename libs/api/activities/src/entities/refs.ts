import type { OrganizationKind } from '@videnbro/domain';

/**
 * The organisations, users and cases tables belong to other features, which this one may not import
 * (features depend on data-access and util libraries only). Relations name their entities instead,
 * so the foreign keys are real, and reads select only the columns below.
 */
export const ORGANIZATION_ENTITY = 'Organization';
export const USER_ENTITY = 'User';
export const CASE_ENTITY = 'Case';

export interface OrganizationRef {
  id: string;
  name: string;
  kind: OrganizationKind;
  cvr: string | null;
  country: string;
  verified: boolean;
}
