import { waitFor } from '@testing-library/react';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { authKeys } from '../session/auth-keys';
import { coreHarness } from '../testing/render-core';
import { useVisibleClusters } from './visible-clusters';

const cluster = (id: string, name: string) => ({ id, name, kind: 'cluster' });
const energy = cluster('0b7e7c1e-4a55-4bb0-9d0c-3c8e2f6f1a01', 'Energy Cluster Denmark');
const clean = cluster('0b7e7c1e-4a55-4bb0-9d0c-3c8e2f6f1a02', 'CLEAN');

describe('useVisibleClusters', () => {
  it("is a broker's own clusters, from their memberships", async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': {
        status: 200,
        body: {
          items: [
            { organization: energy, role: 'member', since: '2025-01-01T00:00:00.000Z' },
            {
              organization: { id: 'x', name: 'Mejeri Nord ApS', kind: 'sme' },
              role: 'owner',
              since: '2025-01-01T00:00:00.000Z',
            },
          ],
        },
      },
    });
    const { renderHook, queryClient } = coreHarness();
    queryClient.setQueryData(authKeys.me, anna);
    const { result } = renderHook(() => useVisibleClusters());
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.clusters).toEqual([{ id: energy.id, name: 'Energy Cluster Denmark' }]);
    expect(requestsTo(fetch, 'GET /api/v1/clusters')).toHaveLength(0);
  });

  it('is every cluster, by name, for programme staff', async () => {
    const fetch = fakeApi({
      'GET /api/v1/clusters': {
        status: 200,
        body: { items: [energy, clean].map((organization) => ({ organization, memberCount: 3 })) },
      },
    });
    const { renderHook, queryClient } = coreHarness();
    queryClient.setQueryData(authKeys.me, { ...anna, roles: ['programme'] });
    const { result } = renderHook(() => useVisibleClusters());
    await waitFor(() => expect(result.current.clusters).toHaveLength(2));
    expect(result.current.clusters.map(({ name }) => name)).toEqual(['CLEAN', 'Energy Cluster Denmark']);
    expect(requestsTo(fetch, 'GET /api/v1/me/organizations')).toHaveLength(0);
  });
});
