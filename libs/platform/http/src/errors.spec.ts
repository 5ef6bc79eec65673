import { BadRequestException } from '@nestjs/common';
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { toErrorBody } from './errors';

/** pg's errors as they arrive: a server error with its SQLSTATE, or a socket error with its errno code. */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('toErrorBody', () => {
  it.each([
    ['a refused connection', pgError('connect ECONNREFUSED 127.0.0.1:5433', 'ECONNREFUSED')],
    ['a server shutting down', pgError('the database system is shutting down', '57P03')],
    [
      'a connection ended by the administrator',
      pgError('terminating connection due to administrator command', '57P01'),
    ],
    ['a connection lost mid-query', pgError('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', pgError('timeout exceeded when trying to connect')],
    ['a connection exception (class 08)', pgError('connection failure', '08006')],
    [
      'a failed query whose driver error says the server is gone',
      new QueryFailedError('select 1', [], pgError('the database system is starting up', '57P03')),
    ],
    ['a COMMIT on a connection TypeORM let go when it broke', new QueryRunnerAlreadyReleasedError()],
  ])('answers 503 in the one shape for %s', (_, error) => {
    expect(toErrorBody(error)).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'The database is unavailable; try again in a moment',
    });
  });

  const meiliApiError = (code: string) =>
    new MeilisearchApiError(new Response(null, { status: 404 }), {
      message: code,
      code,
      type: 'invalid_request',
      link: '',
    });

  it.each([
    [
      'an engine that cannot be reached',
      new MeilisearchRequestError('http://127.0.0.1:7700', new Error('fetch failed')),
    ],
    ['an engine that does not answer in time', new MeilisearchRequestTimeOutError(5_000, {})],
    ['an index not created yet', meiliApiError('index_not_found')],
  ])('answers 503 in the one shape for %s', (_, error) => {
    expect(toErrorBody(error)).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Search is unavailable; try again in a moment',
    });
  });

  it('keeps other search engine errors a bare 500 (a bad filter is our bug)', () => {
    expect(toErrorBody(meiliApiError('invalid_search_filter')).statusCode).toBe(500);
  });

  it('keeps other database errors a bare 500', () => {
    const error = new QueryFailedError('insert …', [], pgError('duplicate key value', '23505'));
    expect(toErrorBody(error)).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
    });
  });

  it('passes HTTP exceptions through', () => {
    expect(toErrorBody(new BadRequestException('Bad page'))).toMatchObject({
      statusCode: 400,
      message: 'Bad page',
    });
  });
});
