export type { ApiClient, ApiClientOptions, ApiError, ApiUser } from './client';
export { createApiClient } from './client';
export type { components, paths } from './generated/schema';
