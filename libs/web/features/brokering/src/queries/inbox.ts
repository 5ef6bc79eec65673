import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, useApi, type ApiRequestError } from '@videnbro/web-core';
import { brokeringKeys, CASES_KEY } from './keys';
import type { CaseDetail, InboxMatch, InboxNeed, InboxPage } from './types';

export const INBOX_PAGE_SIZE = 10;

/** The cluster's inbox: its members' open needs without a case, newest first, with their best matches. */
export function useInbox(cluster: string, page: number) {
  const api = useApi();
  return useQuery<InboxPage, ApiRequestError>({
    queryKey: brokeringKeys.inbox(cluster, page),
    queryFn: () =>
      request(() =>
        api.GET('/api/v1/cases/inbox', { params: { query: { cluster, page, limit: INBOX_PAGE_SIZE } } }),
      ),
    enabled: cluster !== '',
    placeholderData: keepPreviousData,
  });
}

export interface Proposal {
  cluster: string;
  need: InboxNeed;
  match: InboxMatch;
}

/** The proposed introduction, and whether the request joined a case that was already open. */
export interface Proposed {
  case: CaseDetail;
  joined: boolean;
}

/**
 * Proposes an introduction from the inbox: opens the case for the need and the matched institution in
 * the broker's cluster (`POST /cases`), then moves it to `introduced` (`PATCH /cases/{id}`), which asks
 * both parties to accept and mails them the links. Should the second step fail, the case stays
 * `suggested` (and out of the inbox): the error says so and the case page can finish it.
 */
export function useProposeIntroduction() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<Proposed, ApiRequestError, Proposal>({
    mutationFn: async ({ cluster, need, match }) => {
      let joined = false;
      const opened = await request(async () => {
        const answer = await api.POST('/api/v1/cases', {
          body: {
            companyId: need.company.id,
            institutionId: match.institution.id,
            needId: need.need.id,
            competenceId: match.competence?.id,
            clusterId: cluster,
          },
        });
        // 200 instead of 201: someone asked for this pair and need a moment ago; the case is theirs too.
        joined = answer.response.status === 200;
        return answer;
      });
      const proposed =
        opened.stage === 'suggested'
          ? await request(() =>
              api.PATCH('/api/v1/cases/{id}', {
                params: { path: { id: opened.id } },
                body: { stage: 'introduced' },
              }),
            )
          : opened;
      return { case: proposed, joined };
    },
    // Not awaited: the caller hears of the outcome at once, the lists reload behind it.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: brokeringKeys.inboxes });
      void queryClient.invalidateQueries({ queryKey: brokeringKeys.board });
      void queryClient.invalidateQueries({ queryKey: CASES_KEY });
    },
  });
}
