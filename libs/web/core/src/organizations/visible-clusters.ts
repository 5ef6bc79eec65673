import { useQuery } from '@tanstack/react-query';
import { useApi } from '../http/api-client';
import { request, type ApiRequestError } from '../http/api-error';
import { useMe } from '../session/session';
import { useMyOrganizations } from './my-organizations';

export interface ClusterChoice {
  id: string;
  name: string;
}

const allClustersKey = ['clusters', 'all'] as const;

const byName = (a: ClusterChoice, b: ClusterChoice) => a.name.localeCompare(b.name, 'da');

/** Every cluster, by name (a public list). */
export function useAllClusters({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery<ClusterChoice[], ApiRequestError>({
    queryKey: allClustersKey,
    queryFn: async () =>
      (await request(() => api.GET('/api/v1/clusters'))).items
        .map(({ organization }) => ({ id: organization.id, name: organization.name }))
        .sort(byName),
    enabled,
    staleTime: Infinity,
  });
}

/**
 * The clusters whose records and statistics the user sees, by name, for a cluster picker: all of them
 * for programme staff and admins, a broker's own (the cluster organisations they belong to) otherwise.
 * The API decides for real on every request.
 */
export function useVisibleClusters(): { clusters: ClusterChoice[]; pending: boolean } {
  const me = useMe();
  const roles = me.data?.roles ?? [];
  const seesAll = roles.includes('admin') || roles.includes('programme');
  const memberships = useMyOrganizations({ enabled: Boolean(me.data) && !seesAll });
  const all = useAllClusters({ enabled: seesAll });
  const clusters = seesAll
    ? (all.data ?? [])
    : (memberships.data ?? [])
        .filter(({ organization }) => organization.kind === 'cluster')
        .map(({ organization }) => ({ id: organization.id, name: organization.name }));
  return {
    clusters: [...clusters].sort(byName),
    pending: seesAll ? all.isPending : memberships.isPending,
  };
}
