import { renderApp, type RenderAppOptions } from '@videnbro/web-app-testing';
import { anna } from '@videnbro/web-testing';
import type { RouteObject } from 'react-router-dom';
import { brokeringTranslations } from '../i18n/translations';

/** Renders routes as the app does, with this feature's translations, signed in as Anna by default. */
export function renderRoutes(routes: RouteObject[], options: RenderAppOptions = {}) {
  return renderApp(routes, [brokeringTranslations], { user: anna, ...options });
}
