import type { Db } from '../db/connection';
import type { DesignationFilters } from '../domain/designation-filters';
import type { DatedCount } from '../domain/period-counts';
import { partialDateFromStorage } from '../domain/partial-date';
import type { StatsGrouping } from '../domain/query-parameters';
import type { DatePrecision } from '../domain/vocabularies';
import { applyDesignationFilters } from './designation-filters';

/** The group key when a designation has no value to group by (no law, no reason tag). */
export const NO_GROUP = '(none)';

// Each is a text[] so that reason, a multi-valued attribute, groups like the others.
const GROUP_KEYS: Record<StatsGrouping | 'none', string> = {
  none: 'array[]::text[]',
  jurisdiction: 'array[d.jurisdiction]',
  measure: 'array[d.measure]',
  law: `array[coalesce(l.slug, '${NO_GROUP}')]`,
  reason: `case when cardinality(d.reason_tags) = 0 then array['${NO_GROUP}'] else d.reason_tags end`,
};

/**
 * How many filtered designations share each decided date and group keys; countByPeriod puts them
 * in periods. Grouping here keeps the rows read in memory to the distinct dates, not the designations.
 */
export async function datedCounts(db: Db, filters: DesignationFilters, groupBy: StatsGrouping | undefined, today: string): Promise<DatedCount[]> {
  const query = db('designations as d')
    .select('d.decided_on', 'd.decided_precision', db.raw(`${GROUP_KEYS[groupBy ?? 'none']} as group_keys`))
    .count('* as count')
    .groupByRaw('1, 2, 3');
  if (groupBy === 'law') query.leftJoin('laws as l', 'l.id', 'd.law_id');
  const rows: { decided_on: string; decided_precision: DatePrecision; group_keys: string[]; count: string | number }[] =
    await applyDesignationFilters(query, filters, today);
  return rows.map((row) => ({
    decided: partialDateFromStorage(row.decided_on, row.decided_precision),
    groups: row.group_keys,
    count: Number(row.count),
  }));
}
