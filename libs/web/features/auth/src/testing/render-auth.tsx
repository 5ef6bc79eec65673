import { renderApp, type RenderAppOptions } from '@videnbro/web-app-testing';
export type { RenderAppOptions as RenderOptions } from '@videnbro/web-app-testing';
import type { RouteObject } from 'react-router-dom';
import { accountTranslations } from '../i18n/account-translations';
import { authTranslations } from '../i18n/translations';

/** Renders routes as the app does, with this feature's translations; the fake API says who is signed in. */
export function renderRoutes(routes: RouteObject[], options: RenderAppOptions = {}) {
  return renderApp(routes, [authTranslations, accountTranslations], options);
}
