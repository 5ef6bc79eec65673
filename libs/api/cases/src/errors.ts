import { ConflictException, HttpException, HttpStatus, NotFoundException } from '@nestjs/common';
import { fieldError } from '@videnbro/http';

export const caseNotFound = () => new NotFoundException('Case not found');

/** Malformed, tampered with, or replaced by a newer link: all the same to the holder. */
export const consentLinkInvalid = () => new NotFoundException('This link is not valid');

/** A 400 naming the field. */
export const badField = (field: string, message: string): HttpException =>
  fieldError(HttpStatus.BAD_REQUEST, field, message);

export const conflict = (message: string) => new ConflictException(message);
