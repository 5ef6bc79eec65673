import type { CaseStage } from '@videnbro/domain';
import type { BoardFilters } from '../lib/board-filters';

/** Stable TanStack Query keys of the board's columns and the inbox. */
export const brokeringKeys = {
  board: ['brokering', 'board'] as const,
  column: (filters: BoardFilters, stage: CaseStage) => ['brokering', 'board', filters, stage] as const,
  inboxes: ['brokering', 'inbox'] as const,
  inbox: (cluster: string, page: number) => ['brokering', 'inbox', cluster, page] as const,
};

/** The cases feature's key prefix: its lists and pages are stale once a case moves. */
export const CASES_KEY = ['cases'] as const;
