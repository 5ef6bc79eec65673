import { useQuery } from '@tanstack/react-query';
import { useApi } from '../http/api-client';
import { request, type ApiRequestError } from '../http/api-error';
import { useMe } from '../session/session';
import { useMyOrganizations } from './my-organizations';

export interface ClusterChoice {
  id: string;
  name: string;
}

export const allClustersKey = ['clusters', 'all'] as const;

/**
 * The clusters whose records and statistics the user sees, by name, for a cluster picker: all of them
 * for programme staff and admins, a broker's own (the cluster organisations they belong to) otherwise.
 * The API decides for real on every request.
 */
export function useVisibleClusters(): { clusters: ClusterChoice[]; pending: boolean } {
  const api = useApi();
  const me = useMe();
  const roles = me.data?.roles ?? [];
  const seesAll = roles.includes('admin') || roles.includes('programme');
  const memberships = useMyOrganizations({ enabled: Boolean(me.data) && !seesAll });
  const all = useQuery<ClusterChoice[], ApiRequestError>({
    queryKey: allClustersKey,
    queryFn: async () =>
      (await request(() => api.GET('/api/v1/clusters'))).items.map(({ organization }) => ({
        id: organization.id,
        name: organization.name,
      })),
    enabled: seesAll,
    staleTime: Infinity,
  });
  const clusters = seesAll
    ? (all.data ?? [])
    : (memberships.data ?? [])
        .filter(({ organization }) => organization.kind === 'cluster')
        .map(({ organization }) => ({ id: organization.id, name: organization.name }));
  return {
    clusters: [...clusters].sort((a, b) => a.name.localeCompare(b.name, 'da')),
    pending: seesAll ? all.isPending : memberships.isPending,
  };
}
