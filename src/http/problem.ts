import { DomainError, InputProblem, InvalidInputError } from '../domain/errors';

/** RFC 9457 problem details. `code` is stable; `type` is a URI reference derived from it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  parameter?: string;
  errors?: InputProblem[];
}

const STATUS_BY_CODE: Record<string, number> = {
  invalid_input: 400,
  invalid_partial_date: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  version_mismatch: 412,
  precondition_required: 428,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(status: number, code: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: `/problems/${code.replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extra,
  };
}

/** Turns an error of a lower layer (the database's) into the domain error it means, or null. */
export type ErrorTranslation = (error: unknown) => DomainError | null;

/**
 * Maps any thrown value to a problem; unknown errors become a bare 500 with no internals.
 * `translate` is given by the composition root: the API never imports the database layer.
 */
export function problemFromError(error: unknown, translate: ErrorTranslation): Problem {
  const domainError = error instanceof DomainError ? error : translate(error);
  if (domainError instanceof InvalidInputError) {
    const parameter = domainError.parameter;
    return problem(400, domainError.code, domainError.message, {
      ...(parameter ? { parameter } : {}),
      errors: domainError.problems,
    });
  }
  if (domainError)
    return {
      ...problem(STATUS_BY_CODE[domainError.code] ?? 500, domainError.code, domainError.message),
      ...domainError.problemMembers,
    };
  return fromHttpError(error) ?? problem(500, 'internal_error', 'an unexpected error occurred; it has been logged');
}

/** Errors raised by express's own middleware (body parser) carry a status and an `expose` flag. */
function fromHttpError(error: unknown): Problem | null {
  const httpError = error as { status?: number; expose?: boolean; type?: string; message?: string };
  if (!httpError || typeof httpError.status !== 'number' || !httpError.expose) return null;
  const code = (httpError.type ?? 'bad_request').replace(/[.\s]/g, '_');
  return problem(httpError.status, code, httpError.message ?? 'bad request');
}
