import { useMe, useMyOrganizations } from '@videnbro/web-core';
import { LoadingState } from '@videnbro/web-ui';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { ONBOARDING_PATH } from '../lib/paths';

/**
 * Around the overview: a signed-in user who acts for no organisation and has no platform role (someone
 * who has just registered) is sent to onboarding, since nothing on Videnbro can be published without
 * an organisation. Everyone else sees `children`, as does anyone whose organisations cannot be read
 * just now (the overview must not be blocked by that).
 */
export function OnboardingGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const staff = (me.data?.roles.length ?? 0) > 0;
  const memberships = useMyOrganizations({ enabled: Boolean(me.data) && !staff });

  if (!me.data || staff) return children;
  if (memberships.isPending) return <LoadingState />;
  if (memberships.data?.length === 0) return <Navigate to={ONBOARDING_PATH} replace />;
  return children;
}
