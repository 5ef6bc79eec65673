import type { ActivityFilters } from '../lib/filters';

/** Stable TanStack Query keys of activities, their participations and funding records. */
export const activityKeys = {
  all: ['activities'] as const,
  lists: ['activities', 'list'] as const,
  list: (filters: ActivityFilters) => ['activities', 'list', filters] as const,
  detail: (id: string) => ['activities', 'detail', id] as const,
  participations: (id: string) => ['activities', 'participations', id] as const,
  organizationParticipations: (organizationId: string, page: number) =>
    ['activities', 'organization-participations', organizationId, page] as const,
  organizationSearch: (q: string) => ['activities', 'organization-search', q] as const,
  clusters: ['activities', 'clusters'] as const,
  caseChoices: (clusterId: string) => ['activities', 'case-choices', clusterId] as const,
  funding: ['funding-records'] as const,
  fundingList: (clusterId: string, year: number) => ['funding-records', clusterId, year] as const,
};
