import { act, waitFor } from '@testing-library/react';
import { ApiRequestError } from '../http/api-error';
import { anna, fakeApi, requestsTo } from '@videnbro/web-testing';
import { coreHarness } from '../testing/render-core';
import { authKeys } from './auth-keys';
import { useMe, useSignIn, useSignOut, useUpdateMe } from './session';

const unauthorized = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Sign in' } };

describe('useMe', () => {
  it('is null when the API answers 401 (signed out)', async () => {
    fakeApi({ 'GET /api/v1/auth/me': unauthorized });
    const { renderHook } = coreHarness();
    const { result } = renderHook(() => useMe());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
  });

  it('is the user, asked for on the same origin with credentials', async () => {
    const fetch = fakeApi({ 'GET /api/v1/auth/me': { status: 200, body: { user: anna } } });
    const { renderHook } = coreHarness();
    const { result } = renderHook(() => useMe());
    await waitFor(() => expect(result.current.data).toEqual(anna));
    const [request] = requestsTo(fetch, 'GET /api/v1/auth/me');
    expect(request.url).toBe(`${window.location.origin}/api/v1/auth/me`);
    expect(request.credentials).toBe('include');
  });

  it('fails with the API error shape on a 5xx', async () => {
    const body = { statusCode: 503, error: 'Service Unavailable', message: 'Database down' };
    fakeApi({ 'GET /api/v1/auth/me': { status: 503, body } });
    const { renderHook } = coreHarness();
    const { result } = renderHook(() => useMe());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ApiRequestError);
    expect(result.current.error?.body).toEqual(body);
  });

  it('fails with status 0 when the API cannot be reached', async () => {
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const { renderHook } = coreHarness();
    const { result } = renderHook(() => useMe());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.status).toBe(0);
    expect(result.current.error?.isNetworkError).toBe(true);
  });
});

describe('sign in and out', () => {
  it('signs in, posting the credentials and caching the user as the session', async () => {
    const fetch = fakeApi({
      'POST /api/v1/auth/login': { status: 200, body: { accessToken: 't', user: anna } },
    });
    const { renderHook, queryClient } = coreHarness();
    const { result } = renderHook(() => useSignIn());
    await act(() => result.current.mutateAsync({ email: anna.email, password: 'correct horse battery' }));
    expect(queryClient.getQueryData(authKeys.me)).toEqual(anna);
    const [request] = requestsTo(fetch, 'POST /api/v1/auth/login');
    expect(await request.json()).toEqual({ email: anna.email, password: 'correct horse battery' });
  });

  it('reports a refused sign-in with the API message and status', async () => {
    const body = { statusCode: 401, error: 'Unauthorized', message: 'Invalid email or password' };
    fakeApi({ 'POST /api/v1/auth/login': { status: 401, body } });
    const { renderHook, queryClient } = coreHarness();
    const { result } = renderHook(() => useSignIn());
    await act(async () => {
      await expect(result.current.mutateAsync({ email: 'a@b.dk', password: 'x' })).rejects.toMatchObject({
        status: 401,
        message: 'Invalid email or password',
      });
    });
    expect(queryClient.getQueryData(authKeys.me)).toBeNull();
  });

  it('signs out: the session is revoked on the server and forgotten, with other cached data', async () => {
    const fetch = fakeApi({ 'POST /api/v1/auth/logout': { status: 204 } });
    const { renderHook, queryClient } = coreHarness();
    queryClient.setQueryData(authKeys.me, anna);
    queryClient.setQueryData(['needs', 'mine'], ['a need']);
    const { result } = renderHook(() => useSignOut());
    await act(() => result.current.mutateAsync());
    expect(requestsTo(fetch, 'POST /api/v1/auth/logout')).toHaveLength(1);
    expect(queryClient.getQueryData(authKeys.me)).toBeNull();
    expect(queryClient.getQueryData(['needs', 'mine'])).toBeUndefined();
  });
});

describe('the 401 handler', () => {
  it('drops the session when any call answers 401', async () => {
    fakeApi({ 'PATCH /api/v1/auth/me': unauthorized });
    const { renderHook, queryClient } = coreHarness();
    queryClient.setQueryData(authKeys.me, anna);
    const { result } = renderHook(() => useUpdateMe());
    await act(async () => {
      await expect(result.current.mutateAsync({ name: 'Anna' })).rejects.toMatchObject({ status: 401 });
    });
    expect(queryClient.getQueryData(authKeys.me)).toBeNull();
  });

  it('keeps the session on other errors', async () => {
    const body = { statusCode: 400, error: 'Bad Request', message: 'Validation failed' };
    fakeApi({ 'PATCH /api/v1/auth/me': { status: 400, body } });
    const { renderHook, queryClient } = coreHarness();
    queryClient.setQueryData(authKeys.me, anna);
    const { result } = renderHook(() => useUpdateMe());
    await act(async () => {
      await expect(result.current.mutateAsync({ name: '' })).rejects.toMatchObject({ status: 400 });
    });
    expect(queryClient.getQueryData(authKeys.me)).toEqual(anna);
  });
});
