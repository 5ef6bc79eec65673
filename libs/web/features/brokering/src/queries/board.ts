import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { CASE_STAGE_IDS, type CaseStage } from '@videnbro/domain';
import { request, useApi, type ApiRequestError } from '@videnbro/web-core';
import type { BoardFilters } from '../lib/board-filters';
import { brokeringKeys, CASES_KEY } from './keys';
import type { CaseCard, CaseDetail, CasePage } from './types';

/** Cards per column: the most recently changed; the count above the column says how many there are. */
export const COLUMN_SIZE = 50;

export interface BoardColumn {
  stage: CaseStage;
  page: CasePage | undefined;
  pending: boolean;
  error: ApiRequestError | null;
}

/**
 * The board: one list per stage (the chosen one only, when the stage filter is set), so that each
 * column's count is the API's total under the filters, not just what fits on the screen.
 */
export function useBoard(filters: BoardFilters): BoardColumn[] {
  const api = useApi();
  const stages = filters.stage ? [filters.stage] : [...CASE_STAGE_IDS];
  const results = useQueries({
    queries: stages.map((stage) =>
      queryOptions<CasePage, ApiRequestError>({
        queryKey: brokeringKeys.column(filters, stage),
        queryFn: () =>
          request(() =>
            api.GET('/api/v1/cases', {
              params: {
                query: {
                  stage,
                  cluster: filters.cluster || undefined,
                  owner: filters.owner || undefined,
                  olderThanDays: filters.olderThanDays || undefined,
                  overdue: filters.overdue || undefined,
                  limit: COLUMN_SIZE,
                },
              },
            }),
          ),
      }),
    ),
  });
  return stages.map((stage, i) => ({
    stage,
    page: results[i].data,
    pending: results[i].isPending,
    error: results[i].error,
  }));
}

/** The members of a cluster, by name: who may own its cases (for the owner filter). */
export function useClusterBrokers(clusterId: string) {
  const api = useApi();
  return useQuery<{ userId: string; name: string }[], ApiRequestError>({
    queryKey: ['brokering', 'brokers', clusterId],
    queryFn: async () =>
      (
        await request(() =>
          api.GET('/api/v1/organizations/{id}/members', { params: { path: { id: clusterId } } }),
        )
      ).items
        .map(({ userId, name }) => ({ userId, name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'da')),
    enabled: clusterId !== '',
  });
}

interface Move {
  card: CaseCard;
  to: CaseStage;
}

type Snapshot = [readonly unknown[], CasePage | undefined][];

/**
 * Moves a card to another stage (`PATCH /cases/{id}`). The board shows the move at once; when the API
 * refuses, the columns go back to what they were and the error tells why. Either way the board and the
 * cases feature's pages then reload from the API.
 */
export function useMoveCase(filters: BoardFilters) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CaseDetail, ApiRequestError, Move, { snapshot: Snapshot }>({
    mutationFn: ({ card, to }) =>
      request(() =>
        api.PATCH('/api/v1/cases/{id}', { params: { path: { id: card.id } }, body: { stage: to } }),
      ),
    onMutate: async ({ card, to }) => {
      await queryClient.cancelQueries({ queryKey: brokeringKeys.board });
      const snapshot: Snapshot = queryClient.getQueriesData<CasePage>({ queryKey: brokeringKeys.board });
      queryClient.setQueryData<CasePage>(
        brokeringKeys.column(filters, card.stage),
        (page) =>
          page && {
            ...page,
            items: page.items.filter((item) => item.id !== card.id),
            total: page.total - 1,
          },
      );
      queryClient.setQueryData<CasePage>(
        brokeringKeys.column(filters, to),
        (page) => page && { ...page, items: [{ ...card, stage: to }, ...page.items], total: page.total + 1 },
      );
      return { snapshot };
    },
    onError: (_error, _move, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    // Not awaited: the caller hears of the outcome at once, the lists reload behind it.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: brokeringKeys.board });
      void queryClient.invalidateQueries({ queryKey: CASES_KEY });
    },
  });
}
