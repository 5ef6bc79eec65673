import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

export const PLATFORM_ROLES = ['admin', 'programme'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** Who is calling: set on the request by the session guard after authentication. */
export interface Caller {
  userId: string;
  sessionId: string;
  roles: PlatformRole[];
}

/** The access a route declares. Every route must declare one; a test lists them all. */
export type RouteAccess = { kind: 'public' } | { kind: 'authenticated'; roles: PlatformRole[] };

export const ROUTE_ACCESS = 'videnbro:route-access';
export const SESSION_COOKIE = 'videnbro_session';

/** Anyone may call the route, signed in or not. A caller who is signed in is still recognised. */
export const Public = () => SetMetadata(ROUTE_ACCESS, { kind: 'public' } satisfies RouteAccess);

/**
 * The caller must be signed in and, when roles are given, hold one of them. Sets the guard's
 * metadata and the OpenAPI security together, so the spec cannot drift from what is enforced.
 */
export const Authenticated = (...roles: PlatformRole[]) =>
  applyDecorators(
    SetMetadata(ROUTE_ACCESS, { kind: 'authenticated', roles } satisfies RouteAccess),
    ApiBearerAuth(),
    ApiCookieAuth(SESSION_COOKIE),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ...(roles.length ? [ApiForbiddenResponse({ description: `Requires role: ${roles.join(' or ')}` })] : []),
  );

/** The authenticated caller (undefined on a public route called anonymously). */
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller | undefined =>
    context.switchToHttp().getRequest<{ user?: Caller }>().user,
);
