import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/schema';

export type ApiClient = Client<paths>;
export type ApiUser = components['schemas']['UserDto'];
export type ApiError = components['schemas']['ErrorDto'];

export interface ApiClientOptions {
  /** Defaults to the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Called on every 401, e.g. to send the user to sign in. */
  onUnauthorized?: (response: Response) => void;
}

/** The typed client for the Videnbro API, generated from its committed OpenAPI spec. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    credentials: 'include',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (options.onUnauthorized) {
    const onUnauthorized = options.onUnauthorized;
    client.use({
      onResponse({ response }) {
        if (response.status === 401) onUnauthorized(response);
        return response;
      },
    });
  }
  return client;
}
