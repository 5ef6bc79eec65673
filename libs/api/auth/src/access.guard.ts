import { ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ROUTE_ACCESS } from '@videnbro/access';
import type { Caller, RouteAccess } from '@videnbro/access';

/**
 * The global guard: deny by default. A route without declared access is refused; a public route
 * still recognises a signed-in caller; an authenticated route needs a session and any listed role.
 */
@Injectable()
export class AccessGuard extends AuthGuard('session') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) throw new ForbiddenException('This route declares no access and is closed');
    if (access.kind === 'public') {
      // No or a bad session: an anonymous caller. Anything else (the database away) is an error.
      await (super.canActivate(context) as Promise<boolean>).catch((error: unknown) => {
        if (!(error instanceof UnauthorizedException)) throw error;
      });
      return true;
    }
    await (super.canActivate(context) as Promise<boolean>);
    const caller = context.switchToHttp().getRequest<{ user: Caller }>().user;
    if (access.roles.length && !access.roles.some((role) => caller.roles.includes(role))) {
      throw new ForbiddenException(`Requires role: ${access.roles.join(' or ')}`);
    }
    return true;
  }

  // Passport's default message is "Unauthorized"; say what to do instead.
  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw new UnauthorizedException('Sign in to continue');
    return user;
  }
}
