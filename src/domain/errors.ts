/**
 * The domain error catalogue. Services throw these; the HTTP error middleware and the CLI map them
 * to status codes and exit codes in one place each.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
  /** RFC 9457 extension members the problem details carry besides the standard ones (e.g. suggestions). */
  get problemMembers(): Record<string, unknown> {
    return {};
  }
}

/** One thing wrong with an input: which parameter (or column), the offending value, and why. */
export interface InputProblem {
  parameter?: string;
  value?: unknown;
  message: string;
}

export class InvalidInputError extends DomainError {
  readonly code: string = 'invalid_input';
  readonly problems: InputProblem[];
  constructor(message: string, problems: InputProblem[] = [{ message }]) {
    super(message);
    this.problems = problems;
  }
  get parameter(): string | undefined {
    return this.problems[0]?.parameter;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not_found';
}

export class ConflictError extends DomainError {
  readonly code = 'conflict';
}

export class UnauthorizedError extends DomainError {
  readonly code = 'unauthorized';
}

/** The database could not be reached or did not answer in time. */
export class UnavailableError extends DomainError {
  readonly code = 'unavailable';
}
