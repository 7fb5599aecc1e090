import { ConflictError, InvalidInputError, UnavailableError } from '../../src/domain/errors';
import { translateDatabaseError } from '../../src/db/database-errors';

describe('translateDatabaseError', () => {
  it.each([
    ['23505', ConflictError],
    ['23514', InvalidInputError],
    ['22021', InvalidInputError],
    ['54000', InvalidInputError],
    ['57014', UnavailableError],
    ['40P01', UnavailableError],
    ['40001', UnavailableError],
    ['08006', UnavailableError],
    ['57P01', UnavailableError],
    ['53300', UnavailableError],
  ])('SQLSTATE %s is a %p', (code, errorClass) => {
    expect(translateDatabaseError({ code })).toBeInstanceOf(errorClass);
  });

  it('leaves a protocol violation (too many bind parameters) a bug to report as 500, not an outage to retry', () => {
    expect(
      translateDatabaseError({ code: '08P01', severity: 'ERROR', message: 'bind message supplies 70000 parameters' }),
    ).toBeNull();
  });

  it('turns a lost connection or an exhausted pool into an outage', () => {
    // What PgBouncer sends when the server connection under a query is killed.
    expect(
      translateDatabaseError({ code: '08P01', severity: 'FATAL', message: 'server conn crashed?' }),
    ).toBeInstanceOf(UnavailableError);
    expect(translateDatabaseError({ message: 'Connection terminated unexpectedly' })).toBeInstanceOf(UnavailableError);
    expect(
      translateDatabaseError({ name: 'KnexTimeoutError', message: 'Knex: Timeout acquiring a connection' }),
    ).toBeInstanceOf(UnavailableError);
    expect(translateDatabaseError({ code: 'ECONNREFUSED' })).toBeInstanceOf(UnavailableError);
  });

  it('leaves anything else to be reported as a bug', () => {
    expect(translateDatabaseError({ code: '42P01', message: 'relation does not exist' })).toBeNull();
    expect(translateDatabaseError(new Error('boom'))).toBeNull();
  });
});
