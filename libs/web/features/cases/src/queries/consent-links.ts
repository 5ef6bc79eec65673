import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, useApi, type ApiRequestError } from '@videnbro/web-core';
import { caseKeys } from './keys';
import type { ConsentAnswer, ConsentLink } from './types';

/** What an emailed consent link is about; reading it does not use it up. */
export function useConsentLink(token: string) {
  const api = useApi();
  return useQuery<ConsentLink, ApiRequestError>({
    queryKey: caseKeys.consentLink(token),
    queryFn: ({ signal }) =>
      request(() => api.GET('/api/v1/case-consents/{token}', { params: { path: { token } }, signal })),
  });
}

/** Answers through the link, which then stops working. */
export function useAnswerConsentLink(token: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ConsentLink, ApiRequestError, Omit<ConsentAnswer, 'party'>>({
    mutationFn: (body) =>
      request(() => api.POST('/api/v1/case-consents/{token}', { params: { path: { token } }, body })),
    onSuccess: (answered) => queryClient.setQueryData(caseKeys.consentLink(token), answered),
  });
}
