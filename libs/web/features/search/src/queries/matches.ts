import { useQuery } from '@tanstack/react-query';
import type { components } from '@videnbro/api-client';
import { request, useApi, type ApiClient, type ApiRequestError } from '@videnbro/web-core';

type Schemas = components['schemas'];
export type MatchList = Schemas['MatchListDto'];
export type Match = Schemas['MatchDto'];
export type MatchReasons = Schemas['MatchReasonsDto'];

/** What matches are sought for: a need (institutions or competencies), a competence (needs), an organisation. */
export type MatchSource =
  | { type: 'need'; id: string; group: 'organization' | 'competence' }
  | { type: 'competence'; id: string }
  | { type: 'organization'; id: string };

export const matchKeys = {
  all: ['matches'] as const,
  of: (source: MatchSource) => ['matches', source] as const,
};

function getMatches(api: ApiClient, source: MatchSource, signal: AbortSignal): Promise<MatchList> {
  const path = { id: source.id };
  switch (source.type) {
    case 'need':
      return request(() =>
        api.GET('/api/v1/needs/{id}/matches', { params: { path, query: { group: source.group } }, signal }),
      );
    case 'competence':
      return request(() => api.GET('/api/v1/competencies/{id}/matches', { params: { path }, signal }));
    case 'organization':
      return request(() => api.GET('/api/v1/organizations/{id}/matches', { params: { path }, signal }));
  }
}

/** The ranked matches of a source, each with its score and reasons (the API's default of 10). */
export function useMatches(source: MatchSource) {
  const api = useApi();
  return useQuery<MatchList, ApiRequestError>({
    queryKey: matchKeys.of(source),
    queryFn: ({ signal }) => getMatches(api, source, signal),
  });
}
