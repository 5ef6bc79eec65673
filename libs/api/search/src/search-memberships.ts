/**
 * What search asks about the caller's memberships. The organisations feature answers (its
 * `OrganizationAccess` has these methods); the app wires it in through `SearchModule.register`,
 * since one feature library may not import another.
 */
export interface SearchMemberships {
  /** The (live) organisations the user belongs to. */
  membershipsOf(userId: string): Promise<{ organizationId: string }[]>;
  /** The clusters the user is a broker for. */
  brokerClusterIdsOf(userId: string): Promise<string[]>;
}

export const SEARCH_MEMBERSHIPS = Symbol('SearchMemberships');
