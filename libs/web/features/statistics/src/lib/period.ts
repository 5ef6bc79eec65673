import { useSearchParams } from 'react-router-dom';

/** A date range, inclusive, as ISO days (`2026-01-01`). */
export interface Period {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The five calendar years up to and including this one: the span of a cluster's evaluation. */
export function defaultPeriod(today = new Date()): Period {
  const year = today.getFullYear();
  return { from: `${year - 4}-01-01`, to: `${year}-12-31` };
}

/** The period from the query string, the default for what is missing or malformed. */
export function periodOf(params: URLSearchParams, today = new Date()): Period {
  const fallback = defaultPeriod(today);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { from: DAY.test(from) ? from : fallback.from, to: DAY.test(to) ? to : fallback.to };
}

/** The selected cluster and period, kept in the address so that a view can be linked and reloaded. */
export function useStatisticsQuery() {
  const [params, setParams] = useSearchParams();
  const period = periodOf(params);
  const cluster = params.get('cluster') ?? '';
  const update = (changes: Partial<Period & { cluster: string }>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return { period, cluster, params, update };
}
