export { buildOpenApiDocument, createHttpApp } from './create-http-app';
export { ErrorDto, FieldErrorDto } from './error.dto';
export { fieldError, toErrorBody, validationDetails, validationException } from './errors';
export { loggerModule, redactUrl } from './logging';
export { DEFAULT_PAGE_SIZE, PageQueryDto, UuidParam } from './params';
export { NoControlCharacters, OptionalNotNull, Trim } from './validation';
