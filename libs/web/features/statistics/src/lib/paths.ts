/** The statistics pages' routes, as `apps/web` wires them. Cluster and period travel in the query string. */
export const STATISTICS_ROUTES = {
  dashboard: '/statistics',
  programme: '/statistics/programme',
  rows: '/statistics/rows',
  evaluation: '/statistics/evaluation',
  strengthAreas: '/statistics/strength-areas',
  report: '/statistics/report',
} as const;

type Query = Record<string, string | number | null | undefined>;

/** A statistics page's address with its query (empty values left out), e.g. the rows behind a figure. */
export function statisticsPath(page: keyof typeof STATISTICS_ROUTES, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${STATISTICS_ROUTES[page]}?${search}` : STATISTICS_ROUTES[page];
}
