import type { Knex } from 'knex';
import type { FirstUseBasis } from '../../domain/precedents/precedent-kinds';
import type { Measure } from '../../domain/vocabularies';
import type { SqlFragment } from '../organization-name-score';

/** What every precedent query is relative to. */
export interface CandidateScope {
  organizationId: string;
  jurisdiction: string;
  /** The last day that counts (`date`'s end): designations decided from a later day have not happened yet. */
  until: string;
  /** The case itself, never its own precedent; null when the organization has no designation there. */
  subjectId: string | null;
}

/** Designations (`d`) that had happened by `until`, the case left out. */
export function happenedBy(query: Knex.QueryBuilder, scope: CandidateScope): Knex.QueryBuilder {
  query.where('d.decided_on', '<=', scope.until);
  if (scope.subjectId !== null) query.whereNot('d.id', scope.subjectId);
  return query;
}

/**
 * Designations under a basis, for the alias `alias`: the law's (in the jurisdiction), or the
 * jurisdiction's with the measure; without those of the measures `leftOut` (the measures that are
 * not state acts, when state acts alone count: src/domain/precedents/state-acts.ts).
 */
export function basisCondition(
  alias: string,
  jurisdiction: string,
  basis: FirstUseBasis,
  leftOut: readonly Measure[] = [],
): SqlFragment {
  const condition: SqlFragment =
    'law' in basis
      ? {
          sql: `${alias}.jurisdiction = ? and ${alias}.law_id = (select l.id from laws l where l.slug = ?)`,
          bindings: [jurisdiction, basis.law.slug],
        }
      : { sql: `${alias}.jurisdiction = ? and ${alias}.measure = ?`, bindings: [jurisdiction, basis.measure] };
  if (leftOut.length === 0) return condition;
  return {
    sql: `${condition.sql} and ${alias}.measure <> all(?::text[])`,
    bindings: [...condition.bindings, [...leftOut]],
  };
}
