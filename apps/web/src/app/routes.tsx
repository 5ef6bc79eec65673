import { RegisterPage, REGISTER_PATH, RequireAuth, SIGN_IN_PATH, SignInPage } from '@videnbro/web-auth';
import { AreaPage, DashboardPage } from '@videnbro/web-dashboard';
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
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <DashboardPage /> },
          ...NAV_AREAS.map(({ key, path }) => ({ path, element: <AreaPage area={key} /> })),
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
