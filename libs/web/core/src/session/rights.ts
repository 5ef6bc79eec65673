import type { ApiUser } from '@videnbro/api-client';
import { useMemo } from 'react';
import { useMe } from './session';

/** The areas of the platform; what a user may open decides what the navigation shows. */
export const AREAS = ['search', 'needs', 'competencies', 'cases', 'activities', 'statistics'] as const;
export type Area = (typeof AREAS)[number];
export type Rights = Readonly<Record<Area, boolean>>;

/**
 * The one place that decides which areas a user may see. The API enforces access on every request;
 * this only keeps the navigation honest. Brokers (members of a cluster organisation) come later and
 * will get Cases and Activities here.
 */
export function rightsFor(user: ApiUser | null | undefined): Rights {
  const signedIn = Boolean(user);
  const roles = new Set(user?.roles ?? []);
  const admin = roles.has('admin');
  const programme = roles.has('programme');
  return {
    search: signedIn,
    needs: signedIn,
    competencies: signedIn,
    cases: admin,
    activities: admin,
    statistics: admin || programme,
  };
}

/** The signed-in user's rights (nothing while signed out). */
export function useRights(): Rights {
  const { data: user } = useMe();
  return useMemo(() => rightsFor(user), [user]);
}
