import { HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { fieldError } from './errors';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => fieldError(HttpStatus.BAD_REQUEST, name, `${name} must be a UUID`),
    }),
  );

/** How many items a list answers when the client does not ask for a number. */
export const DEFAULT_PAGE_SIZE = 20;
