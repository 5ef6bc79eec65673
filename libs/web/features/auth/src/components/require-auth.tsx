import { useMe } from '@videnbro/web-core';
import { ErrorAlert, LoadingState } from '@videnbro/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { signInPath } from '../lib/next-path';

/**
 * Route guard: renders its children (or the child routes) for a signed-in user, and sends anyone
 * else to `/sign-in?next=<where they were>`, which sends them back after signing in. It also does so
 * when the session ends mid-visit (the 401 handler drops the cached user).
 */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const { t } = useTranslation();

  if (me.data) return children ?? <Outlet />;
  if (me.isPending) return <LoadingState />;
  if (me.isError) {
    const message = me.error.isNetworkError ? t('common:errors.network') : t('common:errors.unexpected');
    return <ErrorAlert error={message} />;
  }
  return <Navigate to={signInPath(location)} replace />;
}
