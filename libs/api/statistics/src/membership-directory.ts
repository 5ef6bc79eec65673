/**
 * What statistics ask about memberships. The organisations feature answers (its `OrganizationAccess`
 * has this method); the app wires it in through `StatisticsModule.register`, since one feature library
 * may not import another.
 */
export interface MembershipDirectory {
  /** The clusters the user is a broker for: the (live) cluster organisations they are a member of. */
  brokerClusterIdsOf(userId: string): Promise<string[]>;
}

export const MEMBERSHIP_DIRECTORY = Symbol('StatisticsMembershipDirectory');
