import { ConflictError, DomainError, InvalidInputError, UnavailableError } from '../domain/errors';

interface DriverError {
  code?: string;
  constraint?: string;
  detail?: string;
  message?: string;
  name?: string;
  /** ERROR ends the statement; FATAL ends the connection. */
  severity?: string;
}

// SQLSTATE classes: 08 connection exception, 57P0x server shutting down, 53 insufficient resources.
const UNAVAILABLE_SQLSTATE = /^(08|57P0|53)/;
const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

/**
 * SQLSTATEs of a transaction PostgreSQL rolled back for another one's sake (deadlock_detected,
 * serialization_failure): run again, it is expected to succeed (see recordedTransaction).
 */
export const WRITE_CONFLICT_SQLSTATES: ReadonlySet<string> = new Set(['40P01', '40001']);

/**
 * Turns a driver error into a domain error whose message is safe to show (no SQL, no values the
 * caller did not send). Returns null for errors that are bugs, which callers report as 500.
 */
export function translateDatabaseError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  const driverError = (error ?? {}) as DriverError;
  const code = driverError.code ?? '';
  if (code === '23505')
    return new ConflictError(`a record with the same ${constraintSubject(driverError)} already exists`);
  if (code === '23503')
    return new ConflictError(
      `the record is still referenced, or refers to a missing record (${driverError.constraint ?? 'foreign key'})`,
    );
  if (code === '23514' || code === '23502' || code === '22P02' || code === '22007' || code === '22008') {
    return new InvalidInputError(`the value breaks a rule of the data model (${driverError.constraint ?? code})`);
  }
  // Input validation keeps these out (src/domain/storable-text.ts, names.ts, timestamp-range.ts);
  // should a value slip past it, it is still the caller's value that is wrong, not the service.
  if (code === '22021' || code === '22P05')
    return new InvalidInputError('a value holds a character the database cannot store (such as NUL)');
  if (code === '22009') return new InvalidInputError('a time zone offset is out of range');
  if (code === '54000') return new InvalidInputError('a value is too long to be stored');
  if (code === '57014') return new UnavailableError('the database took too long to answer');
  // Left after recordedTransaction's own retries: concurrent writes kept colliding.
  if (WRITE_CONFLICT_SQLSTATES.has(code))
    return new UnavailableError('concurrent writes to the same records kept colliding; try again');
  // Class 08 but no outage: the service sent what PostgreSQL cannot take (more than 65,535 bind
  // parameters, say). Retrying would fail the same way, so it is a bug (500), not a 503. A FATAL
  // one is PgBouncer's "server conn crashed?": the server connection under the query died.
  if (code === '08P01' && driverError.severity !== 'FATAL') return null;
  if (UNAVAILABLE_SQLSTATE.test(code) || NETWORK_ERRORS.has(code))
    return new UnavailableError('the database is unavailable');
  if (isPoolTimeout(driverError) || isConnectionLost(driverError))
    return new UnavailableError('the database is unavailable');
  return null;
}

function constraintSubject(error: DriverError): string {
  const match = /Key \(([^)]+)\)/.exec(error.detail ?? '');
  return match ? match[1] : (error.constraint ?? 'key');
}

function isPoolTimeout(error: DriverError): boolean {
  return error.name === 'KnexTimeoutError' || /timeout exceeded when trying to connect/i.test(error.message ?? '');
}

/**
 * node-postgres's own errors carry no SQLSTATE: the connection ended (or never opened) during the
 * request, or a statement (often the ROLLBACK after the failed one) went to a client that had
 * already lost its connection. knex takes such a client out of the pool; the request is a 503.
 */
function isConnectionLost(error: DriverError): boolean {
  return /Connection terminated|connect ECONNREFUSED|Client has encountered a connection error and is not queryable/i.test(
    error.message ?? '',
  );
}
