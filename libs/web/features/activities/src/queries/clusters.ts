import {
  useAllClusters,
  useMe,
  useMyOrganizations,
  useVisibleClusters,
  type ClusterChoice,
} from '@videnbro/web-core';

export interface ActivityAccess {
  pending: boolean;
  /** The clusters the user sees activities of: a broker's own, or all for programme staff and admins. */
  clusters: ClusterChoice[];
  /** Every cluster (a public list): co-organisers of an activity may be any of them. */
  allClusters: ClusterChoice[];
  /**
   * The clusters the user logs activities and money for: a broker's own, or all for admins. Whether an
   * existing record may be changed, the API says with it (`canEdit`).
   */
  editable: ClusterChoice[];
}

const byName = (a: ClusterChoice, b: ClusterChoice) => a.name.localeCompare(b.name, 'da');

/**
 * Which clusters the user sees and logs activities for, for the pages to offer only that: brokers
 * (members of a cluster organisation) their own clusters, admins all, programme staff read all.
 */
export function useActivityAccess(): ActivityAccess {
  const me = useMe();
  const visible = useVisibleClusters();
  const memberships = useMyOrganizations({ enabled: Boolean(me.data) });
  const admin = me.data?.roles.includes('admin') ?? false;
  const all = useAllClusters();
  const allClusters = all.data ?? [];
  // A member of a cluster organisation is a broker for that cluster.
  const own = (memberships.data ?? [])
    .filter(({ organization }) => organization.kind === 'cluster')
    .map(({ organization }) => ({ id: organization.id, name: organization.name }))
    .sort(byName);
  return {
    pending: visible.pending || memberships.isPending || all.isPending,
    clusters: visible.clusters,
    allClusters,
    editable: admin ? allClusters : own,
  };
}
