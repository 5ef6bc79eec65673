import { BadRequestException, HttpException, HttpStatus, ValidationError } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { ErrorDto, FieldErrorDto } from './error.dto';

/** Flattens class-validator errors (nested too) into one message per field path. */
export function validationDetails(errors: ValidationError[], parent = ''): FieldErrorDto[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...validationDetails(error.children ?? [], field)];
  });
}

export function validationException(errors: ValidationError[]): BadRequestException {
  return new BadRequestException({ message: 'Validation failed', details: validationDetails(errors) });
}

/** A 4xx with field-level details, for rules checked in services (e.g. a common password). */
export function fieldError(status: HttpStatus, field: string, message: string): HttpException {
  return new HttpException({ message, details: [{ field, message }] }, status);
}

/** Socket errors and SQLSTATEs (besides class 08, connection exception) of a database that is away. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
]);
/** What pg and pg-pool throw, without a code, when the server goes away or cannot be reached. */
const UNREACHABLE_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;
/** TypeORM releases a query runner whose connection broke; the transaction's next query (often its COMMIT) then throws this. */
const RELEASED_RUNNER = 'QueryRunnerAlreadyReleasedError';

/**
 * Whether an error says the database cannot be reached right now (down, restarting, shutting down)
 * rather than anything about the request: TypeORM's QueryFailedError carries pg's error as driverError.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, message, driverError } = error as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
  };
  if (name === RELEASED_RUNNER) return true;
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
  if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
  return driverError !== undefined && driverError !== error && isDatabaseUnreachable(driverError);
}

/** What the meilisearch client throws when the engine cannot be reached or does not answer in time. */
const SEARCH_UNREACHABLE_NAMES = new Set(['MeilisearchRequestError', 'MeilisearchRequestTimeOutError']);

/**
 * Whether an error says the search engine is away (down, restarting) or its index is not there yet
 * (a fresh install before the worker created it). Matched by name: this library does not know the
 * client.
 */
export function isSearchUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, cause } = error as { name?: unknown; cause?: { code?: unknown } };
  if (typeof name === 'string' && SEARCH_UNREACHABLE_NAMES.has(name)) return true;
  return name === 'MeilisearchApiError' && cause?.code === 'index_not_found';
}

const unavailable = (message: string): ErrorDto => ({
  statusCode: 503,
  error: STATUS_CODES[503] as string,
  message,
});

/**
 * Maps anything thrown to the one error shape. Nest turns Fastify's own errors (malformed JSON, body
 * too large, unsupported media type) into HttpExceptions first. A database or search engine that
 * cannot be reached is a 503, so that clients and load balancers retry rather than report a bug. Anything else is an
 * unexpected error and becomes a bare 500: no message or stack reaches the client.
 */
export function toErrorBody(exception: unknown): ErrorDto {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const body: ErrorDto = {
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      message: exception.message,
    };
    if (typeof response === 'object' && response !== null) {
      const { message, details } = response as { message?: unknown; details?: FieldErrorDto[] };
      if (typeof message === 'string') body.message = message;
      if (Array.isArray(message)) body.message = message.join('; ');
      if (details) body.details = details;
    }
    return body;
  }
  if (isDatabaseUnreachable(exception)) {
    return unavailable('The database is unavailable; try again in a moment');
  }
  if (isSearchUnavailable(exception)) return unavailable('Search is unavailable; try again in a moment');
  return { statusCode: 500, error: STATUS_CODES[500] as string, message: 'Internal server error' };
}
