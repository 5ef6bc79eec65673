import type { TFunction } from 'i18next';
import { ApiRequestError, describeApiError } from './api-error';

const t = ((key: string) => `text:${key}`) as unknown as TFunction;

function failure(status: number, details?: { field: string; message: string }[]) {
  return new ApiRequestError(status, {
    statusCode: status,
    error: 'Error',
    message: `api says ${status}`,
    details,
  });
}

describe('describeApiError', () => {
  it('uses our words for an unreachable API and for server errors, never the raw message', () => {
    expect(describeApiError(failure(0), t)).toEqual({ message: 'text:common:errors.network' });
    expect(describeApiError(failure(503), t, { 503: 'own' })).toEqual({
      message: 'text:common:errors.unexpected',
    });
  });

  it("prefers a feature's own words for a status, else keeps the API's message and field details", () => {
    const details = [{ field: 'title', message: 'too short' }];
    expect(describeApiError(failure(403), t, { 403: 'not yours' })).toEqual({ message: 'not yours' });
    expect(describeApiError(failure(400, details), t, { 403: 'not yours' })).toEqual({
      message: 'api says 400',
      details,
    });
  });
});
