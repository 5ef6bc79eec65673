import type { ApiError } from '@videnbro/api-client';
import type { TFunction } from 'i18next';

/**
 * A failed API call. `status` is the HTTP status, or 0 when the API could not be reached;
 * `body` always has the API's one error shape.
 */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
    options?: { cause?: unknown },
  ) {
    super(body.message, options);
    this.name = 'ApiRequestError';
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.statusCode === 'number' && typeof candidate.message === 'string';
}

/** The error for a non-2xx response, keeping the API's error body when it sent one. */
export function responseError(response: Response, body: unknown): ApiRequestError {
  return new ApiRequestError(
    response.status,
    isApiError(body)
      ? body
      : {
          statusCode: response.status,
          error: response.statusText || 'Error',
          message: response.statusText || `Request failed with status ${response.status}`,
        },
  );
}

/** Runs an API call, turning a failure to reach the API into an ApiRequestError with status 0. */
export async function reach<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (cause) {
    throw new ApiRequestError(
      0,
      { statusCode: 0, error: 'Network Error', message: 'Could not reach the API' },
      { cause },
    );
  }
}

/**
 * Runs a call of the typed client and returns its data (undefined for a body-less answer such as 204),
 * or throws the ApiRequestError of a failed answer, or of the API being out of reach.
 */
export async function request<T>(
  call: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await reach(call);
  if (!response.ok) throw responseError(response, error);
  return data as T;
}

/** What a failed call tells the user: a message and the API's field details. */
export interface DescribedError {
  message: string;
  details?: ApiError['details'];
}

/**
 * What to tell the user about a failed call, in their language where the API's message is generic:
 * unreachable API and server errors always; `ownWords` by status (e.g. 403) for what a feature knows better.
 */
export function describeApiError(
  error: ApiRequestError,
  t: TFunction,
  ownWords: Readonly<Partial<Record<number, string>>> = {},
): DescribedError {
  if (error.isNetworkError) return { message: t('common:errors.network') };
  if (error.status >= 500) return { message: t('common:errors.unexpected') };
  const own = ownWords[error.status];
  if (own) return { message: own };
  return { message: error.body.message, details: error.body.details };
}
