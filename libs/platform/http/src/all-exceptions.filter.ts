import { ArgumentsHost, Catch, ExceptionFilter, Logger, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorBody } from './errors';

/**
 * The global filter: every error leaves in the one shape. A GET for an unknown path outside /api is a
 * page of the single-page web app, so it gets index.html when the web build is served.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  constructor(private readonly servesWebApp: boolean) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (
      this.servesWebApp &&
      exception instanceof NotFoundException &&
      request.method === 'GET' &&
      !request.url.startsWith('/api')
    ) {
      void reply.header('cache-control', 'no-cache').sendFile('index.html');
      return;
    }
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    void reply.status(body.statusCode).send(body);
  }
}
