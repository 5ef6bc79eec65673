import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, useApi, useMe, type ApiRequestError } from '@videnbro/web-core';
import type { CaseFilters } from '../lib/filters';
import { caseKeys } from './keys';
import type { Case, CaseEvent, CasePage, ConsentAnswer, CreateCase, UpdateCase } from './types';

export const CASES_PAGE_SIZE = 20;

/** The caller's cases (a broker's clusters' and their organisations' own), filtered, newest change first. */
export function useCases(filters: CaseFilters, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  const { data: me } = useMe();
  return useQuery<CasePage, ApiRequestError>({
    queryKey: caseKeys.list(filters),
    queryFn: ({ signal }) =>
      request(() =>
        api.GET('/api/v1/cases', {
          params: {
            query: {
              stage: filters.stage,
              cluster: filters.cluster,
              owner: filters.mine ? me?.id : undefined,
              overdue: filters.overdue,
              page: filters.page,
              limit: CASES_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
    enabled,
  });
}

/** Introductions waiting for the caller's answer (their side has not answered yet). */
export function useWaitingCases({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery<CasePage, ApiRequestError>({
    queryKey: caseKeys.waiting,
    queryFn: ({ signal }) =>
      request(() =>
        api.GET('/api/v1/cases', { params: { query: { waitingForMe: true, limit: 100 } }, signal }),
      ),
    enabled,
  });
}

export function useCase(id: string) {
  const api = useApi();
  return useQuery<Case, ApiRequestError>({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) =>
      request(() => api.GET('/api/v1/cases/{id}', { params: { path: { id } }, signal })),
  });
}

/** The thread between the parties; the API opens it once both accepted. */
export function useCaseMessages(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery<CaseEvent[], ApiRequestError>({
    queryKey: caseKeys.messages(id),
    queryFn: ({ signal }) =>
      request(() => api.GET('/api/v1/cases/{id}/messages', { params: { path: { id } }, signal })),
    enabled,
  });
}

/** After a change: the case as the API now shows it, and every list refetched. */
function useCaseChanged() {
  const queryClient = useQueryClient();
  return (changed: Case) => {
    queryClient.setQueryData(caseKeys.detail(changed.id), changed);
    void queryClient.invalidateQueries({ queryKey: caseKeys.lists });
  };
}

/**
 * `POST /cases`: asks for an introduction or expresses interest. `created` is false when the request
 * joined the open case for the same pair and need (200 rather than 201).
 */
export function useCreateCase() {
  const api = useApi();
  const changed = useCaseChanged();
  return useMutation<{ case: Case; created: boolean }, ApiRequestError, CreateCase>({
    mutationFn: async (body) => {
      let status = 0;
      const created = await request(async () => {
        const result = await api.POST('/api/v1/cases', { body });
        status = result.response.status;
        return result;
      });
      return { case: created, created: status === 201 };
    },
    onSuccess: (result) => changed(result.case),
  });
}

/** `PATCH /cases/:id`: stage, owner broker, next action or outcome (the case's brokers). */
export function useUpdateCase(id: string) {
  const api = useApi();
  const changed = useCaseChanged();
  return useMutation<Case, ApiRequestError, UpdateCase>({
    mutationFn: (body) => request(() => api.PATCH('/api/v1/cases/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useAnswerConsent(id: string) {
  const api = useApi();
  const changed = useCaseChanged();
  return useMutation<Case, ApiRequestError, ConsentAnswer>({
    mutationFn: (body) =>
      request(() => api.POST('/api/v1/cases/{id}/consent', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useHandover(id: string) {
  const api = useApi();
  const changed = useCaseChanged();
  return useMutation<Case, ApiRequestError, { clusterId: string; reason?: string }>({
    mutationFn: (body) =>
      request(() => api.POST('/api/v1/cases/{id}/handover', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

/** A broker note or a message: the new event, then the case (and the thread) refetched. */
export function useAddCaseText(id: string, kind: 'notes' | 'messages') {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CaseEvent, ApiRequestError, string>({
    mutationFn: (body) =>
      request(() =>
        kind === 'notes'
          ? api.POST('/api/v1/cases/{id}/notes', { params: { path: { id } }, body: { body } })
          : api.POST('/api/v1/cases/{id}/messages', { params: { path: { id } }, body: { body } }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) });
      if (kind === 'messages') void queryClient.invalidateQueries({ queryKey: caseKeys.messages(id) });
    },
  });
}

export interface Broker {
  userId: string;
  name: string;
}

/**
 * The people who may own the case: members of its clusters, as far as the caller may list them (a
 * cluster's members see its members; others' lists are left out). By name.
 */
export function useCaseBrokers(clusterIds: readonly string[]): Broker[] {
  const api = useApi();
  const results = useQueries({
    queries: clusterIds.map((clusterId) => ({
      queryKey: caseKeys.brokers(clusterId),
      queryFn: async (): Promise<Broker[]> =>
        (
          await request(() =>
            api.GET('/api/v1/organizations/{id}/members', { params: { path: { id: clusterId } } }),
          )
        ).items.map(({ userId, name }) => ({ userId, name })),
      retry: false,
    })),
  });
  const unique = new Map(results.flatMap((result) => result.data ?? []).map((b) => [b.userId, b]));
  return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
