import type { CaseFilters } from '../lib/filters';

/** Stable TanStack Query keys of cases, their messages and consent links. */
export const caseKeys = {
  all: ['cases'] as const,
  lists: ['cases', 'list'] as const,
  list: (filters: CaseFilters) => ['cases', 'list', filters] as const,
  waiting: ['cases', 'list', 'waiting'] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  messages: (id: string) => ['cases', 'messages', id] as const,
  brokers: (clusterId: string) => ['cases', 'brokers', clusterId] as const,
  consentLink: (token: string) => ['case-consents', token] as const,
};
