import { BadRequestException } from '@nestjs/common';
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
