export { renderApp } from './render-app';
export type { RenderAppOptions } from './render-app';
