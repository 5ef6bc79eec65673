import { ForbiddenException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * CSRF defence for cookie sessions by Origin check. A browser always sends Origin on a cross-site
 * unsafe request, so: a request with an Origin (or Referer) must come from an allowed origin, and a
 * request that carries cookies but neither header is refused. Bearer-token requests are exempt: a
 * browser never attaches that header by itself. Scripts without cookies (curl, the CLI) pass.
 */
export function checkCsrf(request: FastifyRequest, allowedOrigins: string[]): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers.authorization?.startsWith('Bearer ')) return;
  const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
  const sameHost = originOf(`${request.protocol}://${request.headers.host ?? ''}`);
  if (origin === undefined) {
    if (request.headers.cookie)
      throw new ForbiddenException('Cross-site request refused: missing Origin header');
    return;
  }
  if (origin !== sameHost && !allowedOrigins.includes(origin)) {
    throw new ForbiddenException('Cross-site request refused');
  }
}
