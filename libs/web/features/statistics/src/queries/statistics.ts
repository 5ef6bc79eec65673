import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@videnbro/api-client';
import { request, useApi, type ApiClient, type ApiRequestError } from '@videnbro/web-core';
import type { Period } from '../lib/period';

type Schemas = components['schemas'];

export type Statistics = Schemas['StatisticsDto'];
export type Figure = Schemas['FigureDto'];
export type FigureDefinition = Schemas['FigureDefinitionDto'];
export type FigureId = Schemas['StatisticsFigure'];
export type ClusterComparison = Schemas['ClusterComparisonDto'];
export type Evaluation = Schemas['EvaluationDto'];
export type StatisticsRows = Schemas['StatisticsRowsDto'];
export type OrganizationRow = Schemas['StatisticsOrganizationRowDto'];
export type ActivityRow = Schemas['StatisticsActivityRowDto'];
export type FundingRow = Schemas['StatisticsFundingRowDto'];
export type CaseRow = Schemas['StatisticsCaseRowDto'];
export type StrengthIndustries = Schemas['StrengthIndustriesDto'];
export type TargetInput = Schemas['SetTargetDto'];
export type MappingInput = Schemas['StrengthIndustryInputDto'];

/** One cluster (its id) or, empty, every cluster the caller may see. */
export interface StatisticsScope extends Period {
  cluster: string;
}

/** Stable TanStack Query keys; everything under `statistics` is refetched after a change here. */
export const statisticsKeys = {
  all: ['statistics'] as const,
  summary: ({ cluster, from, to }: StatisticsScope) => ['statistics', 'summary', cluster, from, to] as const,
  clusters: ({ from, to }: Period) => ['statistics', 'clusters', from, to] as const,
  rows: (scope: StatisticsScope, figure: string, page: number) =>
    ['statistics', 'rows', scope.cluster, scope.from, scope.to, figure, page] as const,
  evaluation: (cluster: string, fromYear: number, toYear: number) =>
    ['statistics', 'evaluation', cluster, fromYear, toYear] as const,
  strengthIndustries: (cluster: string) => ['statistics', 'strength-industries', cluster] as const,
};

/** The name of the one cluster an answer counts (the chosen one, or a broker's only cluster); null for several. */
export function scopeName(statistics: Statistics): string | null {
  return statistics.cluster?.name ?? (statistics.clusters.length === 1 ? statistics.clusters[0].name : null);
}

const scopeQuery = ({ cluster, from, to }: StatisticsScope) => ({
  from,
  to,
  ...(cluster ? { cluster } : {}),
});

/** The figures, per-year figures and breakdowns of one cluster or all the caller's, for a period. */
export function useStatistics(scope: StatisticsScope, { enabled = true } = {}) {
  const api = useApi();
  return useQuery<Statistics, ApiRequestError>({
    queryKey: statisticsKeys.summary(scope),
    queryFn: () => request(() => api.GET('/api/v1/statistics', { params: { query: scopeQuery(scope) } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Every visible cluster's headline figures side by side (the programme view). */
export function useClusterComparison(period: Period, { enabled = true } = {}) {
  const api = useApi();
  return useQuery<ClusterComparison, ApiRequestError>({
    queryKey: statisticsKeys.clusters(period),
    queryFn: () => request(() => api.GET('/api/v1/statistics/clusters', { params: { query: period } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const ROWS_PAGE_SIZE = 50;
/** The largest page the API serves; an export pages through the rows with it. */
const EXPORT_PAGE_SIZE = 1000;

function getRows(api: ApiClient, scope: StatisticsScope, figure: FigureId, page: number, limit: number) {
  return request(() =>
    api.GET('/api/v1/statistics/rows', { params: { query: { ...scopeQuery(scope), figure, page, limit } } }),
  );
}

/** One page of the rows behind a figure. */
export function useStatisticsRows(scope: StatisticsScope, figure: FigureId, page: number) {
  const api = useApi();
  return useQuery<StatisticsRows, ApiRequestError>({
    queryKey: statisticsKeys.rows(scope, figure, page),
    queryFn: () => getRows(api, scope, figure, page, ROWS_PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}

/** Every row behind a figure, page after page, for an export. */
export function useAllStatisticsRows() {
  const api = useApi();
  return async (scope: StatisticsScope, figure: FigureId): Promise<StatisticsRows> => {
    const first = await getRows(api, scope, figure, 1, EXPORT_PAGE_SIZE);
    const pages = Math.ceil(first.total / EXPORT_PAGE_SIZE);
    const all = { ...first };
    for (let page = 2; page <= pages; page++) {
      const next = await getRows(api, scope, figure, page, EXPORT_PAGE_SIZE);
      all.organizations = [...(all.organizations ?? []), ...(next.organizations ?? [])];
      all.activities = [...(all.activities ?? []), ...(next.activities ?? [])];
      all.fundingRecords = [...(all.fundingRecords ?? []), ...(next.fundingRecords ?? [])];
    }
    return all;
  };
}

/** A cluster's figures per year with its targets (the 5-year evaluation). */
export function useEvaluation(cluster: string, fromYear: number, toYear: number) {
  const api = useApi();
  return useQuery<Evaluation, ApiRequestError>({
    queryKey: statisticsKeys.evaluation(cluster, fromYear, toYear),
    queryFn: () =>
      request(() =>
        api.GET('/api/v1/statistics/evaluation', { params: { query: { cluster, fromYear, toYear } } }),
      ),
    enabled: cluster !== '',
    placeholderData: keepPreviousData,
  });
}

/** Sets (or, with a null target, removes) a cluster's targets; programme staff and admins. */
export function useSetTargets(cluster: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiRequestError, TargetInput[]>({
    mutationFn: (targets) =>
      request(() =>
        api.PUT('/api/v1/clusters/{id}/targets', { params: { path: { id: cluster } }, body: { targets } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['statistics', 'evaluation', cluster] }),
  });
}

/** A cluster's strength areas and the industry codes mapped to them. */
export function useStrengthIndustries(cluster: string) {
  const api = useApi();
  return useQuery<StrengthIndustries, ApiRequestError>({
    queryKey: statisticsKeys.strengthIndustries(cluster),
    queryFn: () =>
      request(() =>
        api.GET('/api/v1/clusters/{id}/strength-industries', { params: { path: { id: cluster } } }),
      ),
    enabled: cluster !== '',
  });
}

/** Replaces a cluster's mapping (admins); every figure may change with it, so all statistics refetch. */
export function useSetStrengthIndustries(cluster: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<StrengthIndustries, ApiRequestError, MappingInput[]>({
    mutationFn: (mappings) =>
      request(() =>
        api.PUT('/api/v1/clusters/{id}/strength-industries', {
          params: { path: { id: cluster } },
          body: { mappings },
        }),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData(statisticsKeys.strengthIndustries(cluster), saved);
      await queryClient.invalidateQueries({ queryKey: statisticsKeys.all });
    },
  });
}
