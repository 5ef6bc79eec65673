import { useMe } from '@videnbro/web-core';

/**
 * What the user may do here, for the pages to offer only that (the API decides for real): brokers read
 * their clusters' statistics, programme staff and admins read all and set targets, admins map strength
 * areas to industries. Programme staff see the case figures but not the cases behind them.
 */
export function useStatisticsAccess() {
  const { data: user } = useMe();
  const roles = user?.roles ?? [];
  const admin = roles.includes('admin');
  const seesAll = admin || roles.includes('programme');
  return {
    seesAll,
    canEditTargets: seesAll,
    canEditStrengthAreas: admin,
    seesCases: admin || !roles.includes('programme'),
  };
}
