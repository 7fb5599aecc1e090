import type { Db } from '../../db/connection';
import { InvalidInputError } from '../../domain/errors';
import { parseParameters } from '../../domain/parameter-parsing';
import { OrganizationNotFoundError } from '../../domain/precedents/organization-resolution';
import { precedentParameters } from '../../domain/precedents/precedent-parameters';
import { listJurisdictions } from '../../services/jurisdictions';
import { listLaws } from '../../services/laws';
import { findPrecedents } from '../../services/precedents/find-precedents';
import type { QueryValues } from '../form-query';
import type { Html } from '../html';
import { PrecedentsOutcome, precedentsPage } from '../templates/precedents-page';

const STATUS: Record<PrecedentsOutcome['kind'], 200 | 400 | 404> = {
  question: 200,
  report: 200,
  ambiguous: 200,
  not_found: 404,
  invalid: 400,
};

/** `values` is the canonical query (see canonicalQuery); without any, the page is just the question. */
export async function renderPrecedentsPage(
  db: Db,
  values: QueryValues,
): Promise<{ status: 200 | 400 | 404; body: Html }> {
  const [jurisdictions, laws] = await Promise.all([listJurisdictions(db), listLaws(db)]);
  const outcome =
    Object.keys(values).length === 0 ? ({ kind: 'question' } as const) : await precedentsOutcome(db, values);
  return {
    status: STATUS[outcome.kind],
    body: precedentsPage(values, { jurisdictions: jurisdictions.items, laws: laws.items }, outcome),
  };
}

async function precedentsOutcome(db: Db, values: QueryValues): Promise<PrecedentsOutcome> {
  try {
    const answer = await findPrecedents(db, parseParameters(precedentParameters, values));
    return answer.status === 'ambiguous' ? { kind: 'ambiguous', answer } : { kind: 'report', report: answer };
  } catch (error) {
    if (error instanceof OrganizationNotFoundError)
      return { kind: 'not_found', message: error.message, suggestions: error.suggestions };
    if (error instanceof InvalidInputError) return { kind: 'invalid', problems: error.problems };
    throw error;
  }
}
