import { createApiClient, type ApiClient } from '@videnbro/api-client';
import { createContext, useContext, type ReactNode } from 'react';

export interface HttpClientOptions {
  /** Called on every 401 response, e.g. `createUnauthorizedHandler(queryClient)`. */
  onUnauthorized?: (response: Response) => void;
  /** Defaults to the page's own origin: the API is served under /api on the same origin. */
  baseUrl?: string;
}

/**
 * The one HTTP client of the web app: the typed API client, sending the session cookie
 * (`credentials: 'include'`), with the app's 401 handler.
 */
export function createHttpClient(options: HttpClientOptions = {}): ApiClient {
  return createApiClient({
    baseUrl: options.baseUrl ?? globalThis.location?.origin ?? '',
    // Looked up on each call rather than captured once, so wrappers installed later still apply.
    fetch: (input, init) => globalThis.fetch(input, init),
    onUnauthorized: options.onUnauthorized,
  });
}

const ApiClientContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApi() needs an <ApiProvider> (or <CoreProviders>) above it');
  return client;
}
