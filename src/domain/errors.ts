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
  /** The line of an imported file the problem is on. */
  line?: number;
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

/** Authenticated, but the token's role does not allow this. */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
}

/** The record changed since the caller read it (its version is not the one the caller expects). */
export class VersionMismatchError extends DomainError {
  readonly code = 'version_mismatch';
}

/** A change that must say which version it applies to did not. */
export class PreconditionRequiredError extends DomainError {
  readonly code = 'precondition_required';
}

/**
 * What was asked for now lives under another slug (an organization merged into another). It is a
 * NotFoundError, so code that knows nothing of moves says "not found"; the HTTP layer redirects.
 */
export class MovedError extends NotFoundError {
  constructor(
    message: string,
    readonly fromSlug: string,
    readonly toSlug: string,
  ) {
    super(message);
  }
}

/** The database could not be reached or did not answer in time. */
export class UnavailableError extends DomainError {
  readonly code = 'unavailable';
}
