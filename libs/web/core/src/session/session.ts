import {
  useIsMutating,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { ApiUser, components } from '@videnbro/api-client';
import { useApi } from '../http/api-client';
import { reach, responseError, type ApiRequestError } from '../http/api-error';
import { authKeys } from './auth-keys';

export type SignInInput = components['schemas']['LoginDto'];
export type RegisterInput = components['schemas']['RegisterDto'];
export type UpdateMeInput = components['schemas']['UpdateMeDto'];

/** Forgets everything cached for the previous user except the session itself. */
function dropUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
}

/** The signed-in user: `null` when signed out, `undefined` while the first check is running. */
export function useMe() {
  const api = useApi();
  return useQuery<ApiUser | null, ApiRequestError>({
    queryKey: authKeys.me,
    queryFn: async () => {
      const { data, error, response } = await reach(() => api.GET('/api/v1/auth/me'));
      if (response.status === 401) return null;
      if (!data) throw responseError(response, error);
      return data.user;
    },
    staleTime: 5 * 60_000,
  });
}

export function useSignIn() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ApiUser, ApiRequestError, SignInInput>({
    mutationFn: async (body) => {
      const { data, error, response } = await reach(() => api.POST('/api/v1/auth/login', { body }));
      if (!data) throw responseError(response, error);
      return data.user;
    },
    onSuccess: (user) => {
      dropUserData(queryClient);
      queryClient.setQueryData(authKeys.me, user);
    },
  });
}

/** Creates the account; the API signs the new user in at once. */
export function useRegister() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ApiUser, ApiRequestError, RegisterInput>({
    mutationFn: async (body) => {
      const { data, error, response } = await reach(() => api.POST('/api/v1/auth/register', { body }));
      if (!data) throw responseError(response, error);
      return data.user;
    },
    onSuccess: (user) => {
      dropUserData(queryClient);
      queryClient.setQueryData(authKeys.me, user);
    },
  });
}

/**
 * Revokes the session on the server (a 401 means it was already gone, which is just as good), then
 * forgets it here.
 */
export function useSignOut() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<void, ApiRequestError, void>({
    mutationKey: authKeys.signOut,
    mutationFn: async () => {
      const { response } = await reach(() => api.POST('/api/v1/auth/logout'));
      if (!response.ok && response.status !== 401) throw responseError(response, undefined);
    },
    onSuccess: () => {
      queryClient.setQueryData(authKeys.me, null);
      dropUserData(queryClient);
    },
  });
}

/** Whether a sign-out is under way (the session may still be cached until it completes). */
export function useIsSigningOut(): boolean {
  return useIsMutating({ mutationKey: authKeys.signOut }) > 0;
}

export function useUpdateMe() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ApiUser, ApiRequestError, UpdateMeInput>({
    mutationFn: async (body) => {
      const { data, error, response } = await reach(() => api.PATCH('/api/v1/auth/me', { body }));
      if (!data) throw responseError(response, error);
      return data.user;
    },
    onSuccess: (user) => queryClient.setQueryData(authKeys.me, user),
  });
}

/**
 * The client's 401 handler: the session is gone (expired or revoked), so the cached user is dropped.
 * Every protected route sits behind `RequireAuth`, which then sends the user to sign in with the
 * current location as `next`, and back there afterwards. Public pages stay where they are.
 */
export function createUnauthorizedHandler(queryClient: QueryClient): (response: Response) => void {
  return () => {
    if (queryClient.getQueryData(authKeys.me) === null) return;
    queryClient.setQueryData(authKeys.me, null);
    dropUserData(queryClient);
  };
}
