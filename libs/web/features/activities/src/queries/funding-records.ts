import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, useApi, type ApiRequestError } from '@videnbro/web-core';
import { activityKeys } from './keys';
import type { CreateFundingRecord, FundingRecord, UpdateFundingRecord } from './types';

/** A cluster's funding records of one year (a cluster has a handful a year; 100 is the API's page limit). */
export function useFundingRecords(clusterId: string, year: number) {
  const api = useApi();
  return useQuery<FundingRecord[], ApiRequestError>({
    queryKey: activityKeys.fundingList(clusterId, year),
    queryFn: async () =>
      (
        await request(() =>
          api.GET('/api/v1/funding-records', { params: { query: { cluster: clusterId, year, limit: 100 } } }),
        )
      ).items,
    enabled: clusterId !== '',
  });
}

function useChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: activityKeys.funding });
}

export function useCreateFundingRecord() {
  const api = useApi();
  const changed = useChanged();
  return useMutation<FundingRecord, ApiRequestError, CreateFundingRecord>({
    mutationFn: (body) => request(() => api.POST('/api/v1/funding-records', { body })),
    onSuccess: changed,
  });
}

export function useUpdateFundingRecord() {
  const api = useApi();
  const changed = useChanged();
  return useMutation<FundingRecord, ApiRequestError, { id: string } & UpdateFundingRecord>({
    mutationFn: ({ id, ...body }) =>
      request(() => api.PATCH('/api/v1/funding-records/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useDeleteFundingRecord() {
  const api = useApi();
  const changed = useChanged();
  return useMutation<void, ApiRequestError, { id: string }>({
    mutationFn: ({ id }) =>
      request(() => api.DELETE('/api/v1/funding-records/{id}', { params: { path: { id } } })),
    onSuccess: changed,
  });
}
