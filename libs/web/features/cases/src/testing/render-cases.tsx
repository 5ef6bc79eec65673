import { renderApp, type RenderAppOptions } from '@videnbro/web-app-testing';
export type { RenderAppOptions as RenderOptions } from '@videnbro/web-app-testing';
import { anna } from '@videnbro/web-testing';
import type { RouteObject } from 'react-router-dom';
import { casesTranslations } from '../i18n/translations';

/** Renders routes as the app does, with this feature's translations, signed in as Anna by default. */
export function renderRoutes(routes: RouteObject[], options: RenderAppOptions = {}) {
  return renderApp(routes, [casesTranslations], { user: anna, ...options });
}
