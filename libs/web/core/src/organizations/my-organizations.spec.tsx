import { waitFor } from '@testing-library/react';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { coreHarness } from '../testing/render-core';
import { isManagerRole, myOrganizationsKey, useMyOrganizations } from './my-organizations';

const organization = {
  id: '0b7e7c1e-4a55-4bb0-9d0c-3c8e2f6f1a01',
  name: 'Fjordmejeriet ApS',
  kind: 'sme',
};

describe('useMyOrganizations', () => {
  it("is the signed-in user's organisations with the role in each", async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': {
        status: 200,
        body: { items: [{ organization, role: 'owner', since: '2025-01-01T00:00:00.000Z' }] },
      },
    });
    const { renderHook, queryClient } = coreHarness();
    const { result } = renderHook(() => useMyOrganizations());
    await waitFor(() => expect(result.current.data).toHaveLength(1));
    expect(result.current.data?.[0]).toMatchObject({
      role: 'owner',
      organization: { name: 'Fjordmejeriet ApS' },
    });
    expect(requestsTo(fetch, 'GET /api/v1/me/organizations')).toHaveLength(1);
    expect(queryClient.getQueryData(myOrganizationsKey)).toHaveLength(1);
  });

  it('asks nothing while disabled', () => {
    const fetch = fakeApi({});
    const { renderHook } = coreHarness();
    renderHook(() => useMyOrganizations({ enabled: false }));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fails with the API error', async () => {
    fakeApi({
      'GET /api/v1/me/organizations': {
        status: 503,
        body: { statusCode: 503, error: 'Service Unavailable', message: 'Database down' },
      },
    });
    const { renderHook } = coreHarness();
    const { result } = renderHook(() => useMyOrganizations());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.status).toBe(503);
  });
});

describe('isManagerRole', () => {
  it('is true for owners and admins only', () => {
    expect(isManagerRole('owner')).toBe(true);
    expect(isManagerRole('admin')).toBe(true);
    expect(isManagerRole('member')).toBe(false);
    expect(isManagerRole(null)).toBe(false);
  });
});
