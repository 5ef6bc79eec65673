import { isCaseStage, type CaseStage } from '@videnbro/domain';

/** The case list's filters, kept in the URL so that a filtered list can be shared and reloaded. */
export interface CaseFilters {
  stage?: CaseStage;
  cluster?: string;
  /** Only the cases the signed-in broker owns. */
  mine?: boolean;
  overdue?: boolean;
  page: number;
}

export function filtersFrom(params: URLSearchParams): CaseFilters {
  const stage = params.get('stage');
  const page = Number(params.get('page'));
  return {
    stage: isCaseStage(stage) ? stage : undefined,
    cluster: params.get('cluster') || undefined,
    mine: params.get('mine') === 'true' || undefined,
    overdue: params.get('overdue') === 'true' || undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function paramsFrom(filters: CaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.cluster) params.set('cluster', filters.cluster);
  if (filters.mine) params.set('mine', 'true');
  if (filters.overdue) params.set('overdue', 'true');
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}
