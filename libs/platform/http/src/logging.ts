import { RequestMethod } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '@videnbro/config';

/** Query parameters that may carry a secret (invitation, reset and consent links). */
const SECRET_PARAMS = /([?&](?:token|key|code|password|secret)=)[^&]*/gi;

/**
 * Path segments that are secrets themselves: the tokens of invitation, consent, password-reset and
 * email-confirmation links, in the API's paths and in the web pages' (which the API serves too).
 */
const SECRET_SEGMENTS =
  /(\/(?:invitations|case-consents|password-reset|reset-password|email\/confirm|confirm-email)\/)[^/?#]+/gi;

export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1[redacted]').replace(SECRET_SEGMENTS, '$1[redacted]');
}

/**
 * Structured JSON logs with the request id. Only method, path and status are logged for a request:
 * no headers, no bodies, so passwords, tokens and cookies cannot reach the log.
 */
export function loggerModule(config: Pick<AppConfig, 'logLevel' | 'env'>) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      genReqId: (request: IncomingMessage) => (request as IncomingMessage & { id: string }).id,
      customProps: () => ({ service: 'api' }),
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          url: redactUrl(request.url),
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      redact: { paths: ['req.headers', 'res.headers', '*.password', '*.token'], remove: true },
      // Health probes come every few seconds from orchestrators: not worth a log line each.
      autoLogging: {
        // Middleware sees the path below its mount point in `url`; `originalUrl` is the whole path.
        ignore: (request: IncomingMessage & { originalUrl?: string }) =>
          /\/health\/(live|ready)$/.test(request.originalUrl ?? request.url ?? ''),
      },
      quietReqLogger: true,
    },
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
  });
}
