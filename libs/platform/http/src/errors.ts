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

/**
 * Maps anything thrown to the one error shape. Nest turns Fastify's own errors (malformed JSON, body
 * too large, unsupported media type) into HttpExceptions first. Anything else is an unexpected error
 * and becomes a bare 500: no message or stack reaches the client.
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
  return { statusCode: 500, error: STATUS_CODES[500] as string, message: 'Internal server error' };
}
