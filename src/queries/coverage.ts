import type { Db } from '../db/connection';
import type { KnownTotalsTable } from '../db/tables';
import type { DesignationFilters } from '../domain/designation-filters';
import type { DatePrecision, Measure } from '../domain/vocabularies';
import { applyDesignationFilters } from './designation-filters';

export interface MeasureHoldingRow {
  jurisdiction: string;
  measure: Measure;
  designations: number;
  first_decided_on: string;
  first_decided_precision: DatePrecision;
  latest_decided_on: string;
  latest_decided_precision: DatePrecision;
}

/**
 * Designations held per jurisdiction and measure (only `jurisdictions` when given), with the
 * first and latest decided of each pair read from the (jurisdiction, measure, decided_on) index,
 * one entry each, as the jurisdiction summaries do; dates go through text (see jurisdictions.ts).
 */
export async function holdingsByMeasure(
  db: Db,
  jurisdictions: string[] | undefined,
  today: string,
): Promise<MeasureHoldingRow[]> {
  const counts = applyDesignationFilters(db('designations as d'), filters(jurisdictions), today)
    .select('d.jurisdiction', 'd.measure', db.raw('count(*)::int as designations'))
    .groupBy('d.jurisdiction', 'd.measure');
  const firstOrLatest = (direction: 'asc' | 'desc') => `cross join lateral (
      select f.decided_on::text as decided_on, f.decided_precision from designations f
      where f.jurisdiction = c.jurisdiction and f.measure = c.measure
      order by f.decided_on ${direction}, f.decided_rank ${direction}, f.id ${direction}
      limit 1) as ${direction === 'asc' ? 'first' : 'latest'}`;
  return db
    .from(counts.as('c'))
    .joinRaw(firstOrLatest('asc'))
    .joinRaw(firstOrLatest('desc'))
    .select('c.jurisdiction', 'c.measure', 'c.designations')
    .select('first.decided_on as first_decided_on', 'first.decided_precision as first_decided_precision')
    .select('latest.decided_on as latest_decided_on', 'latest.decided_precision as latest_decided_precision')
    .orderBy(['c.jurisdiction', 'c.measure']);
}

/** How many of each pair's designations have ended by `today`: the `status=ended` filter, counted per pair. */
export async function endedByMeasure(
  db: Db,
  jurisdictions: string[] | undefined,
  today: string,
): Promise<{ jurisdiction: string; measure: Measure; ended: number }[]> {
  return applyDesignationFilters(db('designations as d'), { ...filters(jurisdictions), status: 'ended' }, today)
    .select('d.jurisdiction', 'd.measure', db.raw('count(*)::int as ended'))
    .groupBy('d.jurisdiction', 'd.measure');
}

/** Exactly how many designations pass `filters` (the coverage's held counts: no cap, unlike a list's total). */
export async function countDesignations(
  db: Db,
  designationFilters: DesignationFilters,
  today: string,
): Promise<number> {
  const [{ count }] = await applyDesignationFilters(db('designations as d'), designationFilters, today).count<
    { count: string | number }[]
  >('* as count');
  return Number(count);
}

export type KnownTotalRow = KnownTotalsTable;

/** The known totals (of `jurisdictions` when given): a scope's counts in date order, so a series reads down. */
export async function knownTotals(db: Db, jurisdictions: string[] | undefined): Promise<KnownTotalRow[]> {
  const query = db('known_totals as k')
    .select('k.*')
    .orderBy(['k.jurisdiction', 'k.measure', 'k.scope', 'k.as_of', 'k.as_of_precision', 'k.count', 'k.id']);
  if (jurisdictions !== undefined) query.whereIn('k.jurisdiction', jurisdictions);
  return (await query) as KnownTotalRow[];
}

function filters(jurisdictions: string[] | undefined): DesignationFilters {
  return { jurisdictions, family: false, imprecise: 'exclude' };
}
