import type { Db } from '../../db/connection';
import { formatPartialDate } from '../../domain/partial-date';
import type { DatePrecision, Measure } from '../../domain/vocabularies';
import type { Designation } from '../../domain/designation';
import { DesignationRow, selectDesignations, toDesignation } from '../designation-records';

/** What ranking a precedent needs to know of its designation; the rest is fetched for those shown. */
export interface RankedDesignation {
  id: string;
  decided_on: string;
  measure: Measure;
}

export interface RankedDesignationRow {
  id: string;
  decided_on: string;
  decided_precision: DatePrecision;
  measure: Measure;
}

export function toRankedDesignation(row: RankedDesignationRow): RankedDesignation {
  return { id: row.id, decided_on: formatPartialDate(row.decided_on, row.decided_precision), measure: row.measure };
}

/** The decided date and measure of each designation of `ids` (one array parameter, however many). */
export async function fetchRankedDesignations(db: Db, ids: string[]): Promise<RankedDesignation[]> {
  if (ids.length === 0) return [];
  const rows: RankedDesignationRow[] = await db('designations as d')
    .whereRaw('d.id = any(?::uuid[])', [ids])
    .select('d.id', 'd.decided_on', 'd.decided_precision', 'd.measure');
  return rows.map(toRankedDesignation);
}

export interface PrecedentDesignation {
  designation: Designation;
  /** Other organizations acted against by the same jurisdiction on the same day, with the same measure and law. */
  togetherWith: number;
}

/**
 * The designations (with sources) of the given ids. `togetherWith` is counted only for day-precise
 * dates: two designations dated only `2024-08` need not be one action.
 */
export async function fetchPrecedentDesignations(
  db: Db,
  ids: string[],
  today: string,
): Promise<PrecedentDesignation[]> {
  if (ids.length === 0) return [];
  const rows: (DesignationRow & { together_with: number })[] = await selectDesignations(db)
    .whereIn('d.id', ids)
    .select(
      db.raw(`case when d.decided_precision <> 'day' then 0 else (select count(distinct t.organization_id)::int from designations t
        where t.jurisdiction = d.jurisdiction and t.decided_on = d.decided_on and t.decided_precision = 'day'
          and t.measure = d.measure and t.law_id is not distinct from d.law_id
          and t.organization_id <> d.organization_id) end as together_with`),
    );
  return rows.map((row) => ({ designation: toDesignation(row, today), togetherWith: Number(row.together_with) }));
}
