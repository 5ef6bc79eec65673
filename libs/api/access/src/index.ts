export type { Caller, PlatformRole, RouteAccess } from './access';
export { Authenticated, CurrentCaller, PLATFORM_ROLES, Public, ROUTE_ACCESS, SESSION_COOKIE } from './access';
export type { RouteInfo } from './route-list';
export { listRoutes } from './route-list';
