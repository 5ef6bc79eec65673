import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@videnbro/api-client';
import { authKeys, request, useApi, type ApiRequestError } from '@videnbro/web-core';

export type ChangePasswordInput = components['schemas']['ChangePasswordDto'];
export type EmailChangeInput = components['schemas']['EmailChangeDto'];

/** Where the browser downloads the caller's personal data (a JSON attachment, with the session cookie). */
export const PERSONAL_DATA_URL = '/api/v1/me/export';

export function useRequestPasswordReset() {
  const api = useApi();
  return useMutation<unknown, ApiRequestError, string>({
    mutationFn: (email) => request(() => api.POST('/api/v1/auth/password-reset', { body: { email } })),
  });
}

export function useResetPassword(token: string) {
  const api = useApi();
  return useMutation<unknown, ApiRequestError, string>({
    mutationFn: (password) =>
      request(() =>
        api.POST('/api/v1/auth/password-reset/{token}', { params: { path: { token } }, body: { password } }),
      ),
  });
}

export function useChangePassword() {
  const api = useApi();
  return useMutation<unknown, ApiRequestError, ChangePasswordInput>({
    mutationFn: (body) => request(() => api.POST('/api/v1/me/password', { body })),
  });
}

export function useRequestEmailChange() {
  const api = useApi();
  return useMutation<unknown, ApiRequestError, EmailChangeInput>({
    mutationFn: (body) => request(() => api.POST('/api/v1/me/email', { body })),
  });
}

/** Confirms the new address; the signed-in user (if it is them) is read again. */
export function useConfirmEmail(token: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiRequestError, void>({
    mutationFn: () =>
      request(() => api.POST('/api/v1/me/email/confirm/{token}', { params: { path: { token } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.me }),
  });
}

/** Erases the account; afterwards nothing of the user stays cached. */
export function useDeleteAccount() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiRequestError, string>({
    mutationFn: (password) => request(() => api.DELETE('/api/v1/me', { body: { password } })),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, null);
    },
  });
}
