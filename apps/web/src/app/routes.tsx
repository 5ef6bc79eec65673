import { RegisterPage, REGISTER_PATH, RequireAuth, SIGN_IN_PATH, SignInPage } from '@videnbro/web-auth';
import { AreaPage, DashboardPage } from '@videnbro/web-dashboard';
import {
  EDIT_ORGANIZATION_PATH,
  EditOrganizationPage,
  INVITATION_PATH,
  InvitationPage,
  MEMBERS_PATH,
  MembersPage,
  MY_ORGANIZATIONS_PATH,
  MyOrganizationsPage,
  OnboardingGate,
  ONBOARDING_PATH,
  OnboardingPage,
  ORGANIZATION_PATH,
  OrganizationPage,
} from '@videnbro/web-organizations';
import { NAV_AREAS, NotFound } from '@videnbro/web-ui';
import type { RouteObject } from 'react-router-dom';
import { AppFrame } from './app-frame';
import { RouteError } from './route-error';

/** Every page is its own chunk (React.lazy in its library), loaded on first visit. */
export const routes: RouteObject[] = [
  {
    element: <AppFrame />,
    errorElement: <RouteError />,
    children: [
      { path: SIGN_IN_PATH, element: <SignInPage /> },
      { path: REGISTER_PATH, element: <RegisterPage /> },
      // Public: each tells a visitor what it offers and how to sign in for more.
      { path: INVITATION_PATH, element: <InvitationPage /> },
      { path: ORGANIZATION_PATH, element: <OrganizationPage /> },
      {
        element: <RequireAuth />,
        children: [
          {
            index: true,
            element: (
              <OnboardingGate>
                <DashboardPage />
              </OnboardingGate>
            ),
          },
          { path: ONBOARDING_PATH, element: <OnboardingPage /> },
          { path: MY_ORGANIZATIONS_PATH, element: <MyOrganizationsPage /> },
          { path: EDIT_ORGANIZATION_PATH, element: <EditOrganizationPage /> },
          { path: MEMBERS_PATH, element: <MembersPage /> },
          ...NAV_AREAS.map(({ key, path }) => ({ path, element: <AreaPage area={key} /> })),
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
