import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { components } from '@videnbro/api-client';
import type { PostingStatus } from '@videnbro/domain';
import { request, useApi, type ApiClient, type ApiRequestError } from '@videnbro/web-core';
import type { PostingType } from '../lib/posting-type';

type Schemas = components['schemas'];

/** A need or a competence as the API returns it; the need's own fields are absent on a competence. */
export type Posting = Schemas['CompetenceDto'] &
  Partial<Pick<Schemas['NeedDto'], 'partnerKinds' | 'budgetBand' | 'timeframe'>>;
export type PostingInput = Schemas['CreateNeedDto'] | Schemas['CreateCompetenceDto'];
export type PostingUpdate = Schemas['UpdateNeedDto'] | Schemas['UpdateCompetenceDto'];

export interface PostingPage {
  items: Posting[];
  total: number;
  page: number;
  limit: number;
}

export const PAGE_SIZE = 20;

/** Stable TanStack Query keys of needs and competencies. */
export const postingKeys = {
  all: ['postings'] as const,
  type: (type: PostingType) => ['postings', type] as const,
  mine: (type: PostingType, page: number) => ['postings', type, 'mine', page] as const,
  detail: (type: PostingType, id: string) => ['postings', type, 'detail', id] as const,
  members: (organizationId: string) => ['postings', 'members', organizationId] as const,
};

export type Member = Schemas['MemberDto'];

function getMine(api: ApiClient, type: PostingType, page: number): Promise<PostingPage> {
  const options = { params: { query: { page, limit: PAGE_SIZE } } };
  return type === 'need'
    ? request(() => api.GET('/api/v1/me/needs', options))
    : request(() => api.GET('/api/v1/me/competencies', options));
}

function getOne(api: ApiClient, type: PostingType, id: string): Promise<Posting> {
  const options = { params: { path: { id } } };
  return type === 'need'
    ? request(() => api.GET('/api/v1/needs/{id}', options))
    : request(() => api.GET('/api/v1/competencies/{id}', options));
}

/** The postings of the user's organisations, in every status, newest first. */
export function useMyPostings(type: PostingType, page: number) {
  const api = useApi();
  return useQuery<PostingPage, ApiRequestError>({
    queryKey: postingKeys.mine(type, page),
    queryFn: () => getMine(api, type, page),
    placeholderData: keepPreviousData,
  });
}

/** One posting, when the caller may read it: the API answers 404 otherwise (that is how visibility hides it). */
export function usePosting(type: PostingType, id: string) {
  const api = useApi();
  return useQuery<Posting, ApiRequestError>({
    queryKey: postingKeys.detail(type, id),
    queryFn: () => getOne(api, type, id),
  });
}

function invalidateMine(queryClient: QueryClient, type: PostingType) {
  return queryClient.invalidateQueries({
    queryKey: postingKeys.type(type),
    predicate: (query) => query.queryKey[2] === 'mine',
  });
}

function useSaved(type: PostingType) {
  const queryClient = useQueryClient();
  return async (posting: Posting) => {
    queryClient.setQueryData(postingKeys.detail(type, posting.id), posting);
    await invalidateMine(queryClient, type);
  };
}

export function useCreatePosting(type: PostingType) {
  const api = useApi();
  const saved = useSaved(type);
  return useMutation<Posting, ApiRequestError, PostingInput>({
    mutationFn: (body) =>
      type === 'need'
        ? request(() => api.POST('/api/v1/needs', { body: body as Schemas['CreateNeedDto'] }))
        : request(() => api.POST('/api/v1/competencies', { body: body as Schemas['CreateCompetenceDto'] })),
    onSuccess: saved,
  });
}

export function useUpdatePosting(type: PostingType, id: string) {
  const api = useApi();
  const saved = useSaved(type);
  return useMutation<Posting, ApiRequestError, PostingUpdate>({
    mutationFn: (body) => {
      const path = { params: { path: { id } } };
      return type === 'need'
        ? request(() => api.PATCH('/api/v1/needs/{id}', { ...path, body: body as Schemas['UpdateNeedDto'] }))
        : request(() =>
            api.PATCH('/api/v1/competencies/{id}', { ...path, body: body as Schemas['UpdateCompetenceDto'] }),
          );
    },
    onSuccess: saved,
  });
}

/** Moves a posting to another status (only the transitions `STATUS_TRANSITIONS` allows; else 409). */
export function useChangeStatus(type: PostingType) {
  const api = useApi();
  const saved = useSaved(type);
  return useMutation<Posting, ApiRequestError, { id: string; status: PostingStatus }>({
    mutationFn: ({ id, status }) => {
      const options = { params: { path: { id } }, body: { status } };
      return type === 'need'
        ? request(() => api.POST('/api/v1/needs/{id}/status', options))
        : request(() => api.POST('/api/v1/competencies/{id}/status', options));
    },
    onSuccess: saved,
  });
}

/** Deletes a posting (soft and audited by the API); it leaves every list and its detail query. */
export function useDeletePosting(type: PostingType) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<void, ApiRequestError, { id: string }>({
    mutationFn: ({ id }) => {
      const options = { params: { path: { id } } };
      return type === 'need'
        ? request(() => api.DELETE('/api/v1/needs/{id}', options))
        : request(() => api.DELETE('/api/v1/competencies/{id}', options));
    },
    onSuccess: async (_data, { id }) => {
      queryClient.removeQueries({ queryKey: postingKeys.detail(type, id) });
      await invalidateMine(queryClient, type);
    },
  });
}

/** The members of an organisation, the people who can be a posting's contact person. */
export function useMembers(organizationId: string) {
  const api = useApi();
  return useQuery<Member[], ApiRequestError>({
    queryKey: postingKeys.members(organizationId),
    queryFn: async () =>
      (
        await request(() =>
          api.GET('/api/v1/organizations/{id}/members', { params: { path: { id: organizationId } } }),
        )
      ).items,
    enabled: organizationId !== '',
  });
}
