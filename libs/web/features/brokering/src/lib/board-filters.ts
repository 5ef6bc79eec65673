import { CASE_STAGE_IDS, isOneOf, type CaseStage } from '@videnbro/domain';

/** The ages a broker filters by, in days: cases created longer ago than that. */
export const AGE_CHOICES = [7, 30, 90, 180] as const;

/** The board's filters, kept in the address so a filtered board can be shared and returned to. */
export interface BoardFilters {
  cluster: string;
  owner: string;
  /** One column only; empty: every stage. */
  stage: CaseStage | '';
  /** Only cases older than this many days (by creation); 0: any age. */
  olderThanDays: number;
  /** Only open cases whose next action is past due. */
  overdue: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function filtersFrom(params: URLSearchParams): BoardFilters {
  const id = (name: string) => {
    const value = params.get(name) ?? '';
    return UUID.test(value) ? value : '';
  };
  const stage = params.get('stage');
  const age = Number(params.get('age'));
  return {
    cluster: id('cluster'),
    owner: id('owner'),
    stage: isOneOf(CASE_STAGE_IDS, stage) ? stage : '',
    olderThanDays: (AGE_CHOICES as readonly number[]).includes(age) ? age : 0,
    overdue: params.get('overdue') === 'true',
  };
}

export function filtersToParams(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.cluster) params.set('cluster', filters.cluster);
  if (filters.owner) params.set('owner', filters.owner);
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.olderThanDays) params.set('age', String(filters.olderThanDays));
  if (filters.overdue) params.set('overdue', 'true');
  return params;
}
