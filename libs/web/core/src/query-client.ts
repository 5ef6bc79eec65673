import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './http/api-error';

/** Client errors (4xx) are answers, not glitches: they are not retried. Network errors and 5xx are, twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
