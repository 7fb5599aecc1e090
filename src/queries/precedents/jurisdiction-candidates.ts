import type { Db } from '../../db/connection';
import type { FirstUseBasis } from '../../domain/precedents/precedent-kinds';
import { LeftOutCount, leftOutCounts } from '../../domain/precedents/state-acts';
import type { Measure } from '../../domain/vocabularies';
import type { Designation } from '../../domain/designation';
import { orderByDecided } from '../../db/keyset';
import { fetchDesignations, selectDesignations } from '../designation-records';
import type { SqlFragment } from '../organization-name-score';
import { basisCondition, CandidateScope, happenedBy } from './candidate-scope';

/**
 * 1 + how many other organizations were certainly acted against under the basis before this
 * designation's organization first was: their decided period ends before its first one begins.
 * Organizations acted against on the same day share a position; a `2024-08` date is not
 * certainly before `2024-08-19`, so it does not count against it. Designations of the measures
 * `leftOut` count neither as theirs nor as its own (see measuresLeftOut).
 */
function positionSql(jurisdiction: string, basis: FirstUseBasis, leftOut: readonly Measure[]): SqlFragment {
  const [e, f] = [basisCondition('e', jurisdiction, basis, leftOut), basisCondition('f', jurisdiction, basis, leftOut)];
  // decided_on < first is implied by decided_end < first; said outright, it bounds the index range.
  return {
    sql: `1 + (select count(distinct e.organization_id)
      from designations e,
        (select min(f.decided_on) as first from designations f where ${f.sql} and f.organization_id = d.organization_id) own
      where ${e.sql} and e.organization_id <> d.organization_id and e.decided_on < own.first and e.decided_end < own.first)`,
    bindings: [...f.bindings, ...e.bindings],
  };
}

/**
 * The first designations under the basis, in decided order, each with its position (law index, or
 * jurisdiction index). Only those certainly before the organization's own first designation under
 * it: the organizations acted against the same day are not earlier uses (same_day finds them).
 * Designations of the measures `leftOut` are not uses (see measuresLeftOut).
 */
export async function firstUseCandidates(
  db: Db,
  scope: CandidateScope,
  basis: FirstUseBasis,
  count: number,
  leftOut: readonly Measure[],
): Promise<{ id: string; position: number }[]> {
  const [condition, own] = [
    basisCondition('d', scope.jurisdiction, basis, leftOut),
    basisCondition('f', scope.jurisdiction, basis, leftOut),
  ];
  const position = positionSql(scope.jurisdiction, basis, leftOut);
  const query = db('designations as d')
    .whereRaw(condition.sql, condition.bindings)
    .whereRaw(
      `d.decided_end < coalesce((select min(f.decided_on) from designations f where ${own.sql} and f.organization_id = ?),
        'infinity'::date)`,
      [...own.bindings, scope.organizationId],
    )
    .select('d.id', db.raw(`${position.sql} as position`, position.bindings))
    .orderBy(['d.decided_on', 'd.decided_rank', 'd.id'])
    .limit(count);
  return (await happenedBy(query, scope)) as { id: string; position: number }[];
}

/** Where the case stands under its basis (see positionSql). */
export async function casePosition(
  db: Db,
  jurisdiction: string,
  basis: FirstUseBasis,
  caseId: string,
  leftOut: readonly Measure[],
): Promise<number> {
  const position = positionSql(jurisdiction, basis, leftOut);
  const [row] = await db('designations as d')
    .where('d.id', caseId)
    .select<{ position: string | number }[]>(db.raw(`${position.sql} as position`, position.bindings));
  return Number(row.position);
}

/**
 * The designations of the measures `leftOut` under the case's law that its position would have
 * counted: other organizations', certainly before the organization's own first counted one.
 * By measure. A basis of one measure has none of them to leave out.
 */
export async function leftOutBeforeCase(
  db: Db,
  jurisdiction: string,
  basis: FirstUseBasis,
  caseId: string,
  leftOut: readonly Measure[],
): Promise<LeftOutCount[]> {
  if (leftOut.length === 0 || !('law' in basis)) return [];
  const [e, f] = [basisCondition('e', jurisdiction, basis), basisCondition('f', jurisdiction, basis, leftOut)];
  const rows: { measure: string; count: number }[] = await db('designations as d')
    .where('d.id', caseId)
    .joinRaw(
      `cross join lateral (select min(f.decided_on) as first from designations f
        where ${f.sql} and f.organization_id = d.organization_id) own`,
      f.bindings,
    )
    .joinRaw(
      `join designations e on ${e.sql} and e.measure = any(?::text[]) and e.organization_id <> d.organization_id
        and e.decided_on < own.first and e.decided_end < own.first`,
      [...e.bindings, [...leftOut]],
    )
    .groupBy('e.measure')
    .select('e.measure', db.raw('count(*)::int as count'));
  return leftOutCounts(rows);
}

/** The first designation under the basis, whole, those of the measures `leftOut` aside. */
export async function firstUnderBasis(
  db: Db,
  jurisdiction: string,
  basis: FirstUseBasis,
  today: string,
  leftOut: readonly Measure[],
): Promise<Designation> {
  const condition = basisCondition('d', jurisdiction, basis, leftOut);
  const [first] = await fetchDesignations(
    orderByDecided(selectDesignations(db).whereRaw(condition.sql, condition.bindings)).limit(1),
    today,
  );
  return first;
}

/** Other organizations the jurisdiction acted against on one of `days` (day-precise dates only). */
export async function sameDayCandidates(
  db: Db,
  scope: CandidateScope,
  days: string[],
): Promise<{ id: string; measure: Measure; decided_on: string }[]> {
  if (days.length === 0) return [];
  const query = db('designations as d')
    .where('d.jurisdiction', scope.jurisdiction)
    .whereIn('d.decided_on', days)
    .where('d.decided_precision', 'day')
    .whereNot('d.organization_id', scope.organizationId)
    .select('d.id', 'd.measure', 'd.decided_on');
  return (await happenedBy(query, scope)) as { id: string; measure: Measure; decided_on: string }[];
}
