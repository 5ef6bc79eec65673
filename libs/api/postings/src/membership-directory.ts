/**
 * What postings ask about memberships. The organisations feature answers (its `OrganizationAccess`
 * has exactly these methods); the app wires it in through `PostingsModule.register`, since one
 * feature library may not import another.
 */
export interface OrganizationMembership {
  organizationId: string;
  manages: boolean;
}

export interface MembershipDirectory {
  /** The (live) organisations the user belongs to; `manages` for their owners and admins. */
  membershipsOf(userId: string): Promise<OrganizationMembership[]>;
  /** The clusters the user is a broker for: the cluster organisations they are a member of. */
  brokerClusterIdsOf(userId: string): Promise<string[]>;
  /** The user's role in the organisation, or null for a non-member. */
  roleOf(userId: string, organizationId: string): Promise<string | null>;
}

export const MEMBERSHIP_DIRECTORY = Symbol('MembershipDirectory');
