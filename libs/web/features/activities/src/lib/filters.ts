import { ACTIVITY_TYPE_IDS, isOneOf, type ActivityType } from '@videnbro/domain';

/** The activity list's filters, kept in the address so a filtered list can be shared and returned to. */
export interface ActivityFilters {
  cluster: string;
  /** Date-only bounds (`YYYY-MM-DD`); an activity is listed when it overlaps them. */
  from: string;
  to: string;
  type: ActivityType | '';
  q: string;
  page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFrom(params: URLSearchParams): ActivityFilters {
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  const type = params.get('type');
  const page = Number(params.get('page'));
  return {
    cluster: params.get('cluster') ?? '',
    from: day('from'),
    to: day('to'),
    type: isOneOf(ACTIVITY_TYPE_IDS, type) ? type : '',
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The filters as address parameters, leaving out the empty ones. */
export function filtersToParams(filters: ActivityFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== '' && !(name === 'page' && value === 1)) params.set(name, String(value));
  }
  return params;
}

/** A calendar year as a date range. */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The year a range covers exactly, or null. */
export function yearOf({ from, to }: { from: string; to: string }): number | null {
  const year = Number(from.slice(0, 4));
  return from === `${year}-01-01` && to === `${year}-12-31` ? year : null;
}
