import { useQueries } from '@tanstack/react-query';
import { request, useApi } from '@videnbro/web-core';
import { activityKeys } from './keys';
import type { LinkedCase } from './types';

/**
 * The cases the given clusters broker, to link to an activity or funding record: parties and stage,
 * by company name. Brokers may list only their own clusters' cases, so callers pass only those. The
 * newest 100 of each cluster (the API's page limit).
 */
export function useCaseChoices(clusterIds: readonly string[]): LinkedCase[] {
  const api = useApi();
  const results = useQueries({
    queries: clusterIds.map((clusterId) => ({
      queryKey: activityKeys.caseChoices(clusterId),
      queryFn: async (): Promise<LinkedCase[]> =>
        (
          await request(() =>
            api.GET('/api/v1/cases', { params: { query: { cluster: clusterId, limit: 100 } } }),
          )
        ).items.map((item) => ({
          id: item.id,
          company: item.company.name,
          institution: item.institution.name,
          stage: item.stage,
        })),
    })),
  });
  const unique = new Map(results.flatMap((result) => result.data ?? []).map((c) => [c.id, c]));
  return [...unique.values()].sort(byParties);
}

export function byParties(a: LinkedCase, b: LinkedCase): number {
  return a.company.localeCompare(b.company, 'da') || a.institution.localeCompare(b.institution, 'da');
}
