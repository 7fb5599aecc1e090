import type { Db } from '../db/connection';
import type { LawFamily } from '../domain/vocabularies';
import { applyDesignationFilters } from './designation-filters';

/**
 * Designations under the laws of `family`, per jurisdiction and decided year. Every partial date
 * has its year, so a year count needs no precision rule. Through the common filter builder, as
 * `?law_family=` reads the same designations.
 */
export async function familyYearCounts(
  db: Db,
  family: LawFamily,
  today: string,
): Promise<{ jurisdiction: string; year: number; count: number }[]> {
  const query = db('designations as d')
    .select('d.jurisdiction', db.raw('extract(year from d.decided_on)::int as year'), db.raw('count(*)::int as count'))
    .groupByRaw('1, 2')
    .orderByRaw('1, 2');
  const filtered = applyDesignationFilters(
    query,
    { family: false, imprecise: 'exclude', lawFamilies: [family] },
    today,
  );
  return (await filtered) as { jurisdiction: string; year: number; count: number }[];
}
