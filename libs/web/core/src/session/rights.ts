import type { ApiUser } from '@videnbro/api-client';
import { useMemo } from 'react';
import { useMyOrganizations, type MyOrganization } from '../organizations/my-organizations';
import { useMe } from './session';

/** The areas of the platform; what a user may open decides what the navigation shows. */
export const AREAS = ['search', 'needs', 'competencies', 'cases', 'activities', 'statistics'] as const;
export type Area = (typeof AREAS)[number];
export type Rights = Readonly<Record<Area, boolean>>;

/** A broker is a member of a cluster organisation. */
export function isBroker(organizations: readonly MyOrganization[] | undefined): boolean {
  return (organizations ?? []).some(({ organization }) => organization.kind === 'cluster');
}

/**
 * The one place that decides which areas a user may see. The API enforces access on every request;
 * this only keeps the navigation honest. Brokers (members of a cluster organisation) log their
 * cluster's activities and read its statistics; programme staff read every cluster's. Cases are for
 * everyone who belongs to an organisation (a party or a broker); programme staff see their figures only.
 */
export function rightsFor(
  user: ApiUser | null | undefined,
  organizations: readonly MyOrganization[] = [],
): Rights {
  const signedIn = Boolean(user);
  const roles = new Set(user?.roles ?? []);
  const admin = roles.has('admin');
  const programme = roles.has('programme');
  const broker = signedIn && isBroker(organizations);
  return {
    search: signedIn,
    needs: signedIn,
    competencies: signedIn,
    cases: admin || (signedIn && organizations.length > 0),
    activities: admin || programme || broker,
    statistics: admin || programme || broker,
  };
}

/** The signed-in user's rights (nothing while signed out); a broker's once their organisations are in. */
export function useRights(): Rights {
  const { data: user } = useMe();
  const { data: organizations } = useMyOrganizations({ enabled: Boolean(user) });
  return useMemo(() => rightsFor(user, organizations), [user, organizations]);
}
