import type { Knex } from 'knex';
import type { Db } from '../db/connection';
import type { DesignationFilters } from '../domain/designation-filters';
import type { DatedCount } from '../domain/period-counts';
import { PeriodInterval, storedPartialDates } from '../domain/partial-date';
import type { StatsGrouping } from '../domain/query-parameters';
import type { DatePrecision } from '../domain/vocabularies';
import { applyDesignationFilters } from './designation-filters';

/** The group key when a designation has no value to group by (no law, no reason tag). */
export const NO_GROUP = '(none)';

/** The text[] group keys of a reason-tag set (`column`): each of its tags, or NO_GROUP for none. */
export function reasonGroupKeys(column: string): string {
  return `case when cardinality(${column}) = 0 then array['${NO_GROUP}'] else ${column} end`;
}

/**
 * What designations are grouped by (a column as it is, so that a million rows group without a
 * value built for each), and the text[] group keys made of
 * each group's value afterwards: an array so that reason, a multi-valued attribute, groups like
 * the others.
 */
const GROUPINGS: Record<StatsGrouping | 'none', { column: string | null; keys: string }> = {
  none: { column: null, keys: 'array[]::text[]' },
  jurisdiction: { column: 'd.jurisdiction', keys: 'array[c.group_value]' },
  measure: { column: 'd.measure', keys: 'array[c.group_value]' },
  law: { column: 'l.slug', keys: `array[coalesce(c.group_value, '${NO_GROUP}')]` },
  law_family: { column: 'l.family', keys: `array[coalesce(c.group_value, '${NO_GROUP}')]` },
  reason: { column: 'd.reason_tags', keys: reasonGroupKeys('c.group_value') },
};

const PRECISION_OF_RANK = `case d.decided_rank when 1 then 'year' when 2 then 'month' else 'day' end`;

/**
 * SQL for the date (and precision) a designation is counted under. One that lies wholly inside
 * the range and is precise enough for the interval only needs its period, so it is counted under
 * one day of that period inside the range (the period's first day, or `from`): a million
 * designations then group into a few hundred rows, read from the decided-date index alone. Any
 * other keeps its own date, for countByPeriod to report as imprecise.
 */
function countedDateColumns(db: Db, interval: PeriodInterval, filters: DesignationFilters): Knex.Raw {
  const conditions = [
    ...(filters.from ? [`d.decided_on >= date '${filters.from.start}'`] : []),
    ...(filters.to ? [`d.decided_end <= date '${filters.to.end}'`] : []),
    ...(interval === 'year' ? [] : ['d.decided_rank >= 2']),
  ];
  const placeable = conditions.length ? conditions.join(' and ') : 'true';
  const periodStart = `date_trunc('${interval}', d.decided_on)::date`;
  const day = filters.from ? `greatest(${periodStart}, date '${filters.from.start}')` : periodStart;
  // from/to are validated partial dates (YYYY-MM-DD starts and ends), so they are written inline.
  return db.raw(`case when ${placeable} then ${day} else d.decided_on end as decided_on,
    case when ${placeable} then 'day' else ${PRECISION_OF_RANK} end as decided_precision`);
}

/**
 * How many filtered designations share each counted date (see countedDateColumns) and group keys;
 * countByPeriod puts them in periods.
 */
export async function datedCounts(
  db: Db,
  filters: DesignationFilters,
  groupBy: StatsGrouping | undefined,
  interval: PeriodInterval,
  today: string,
): Promise<DatedCount[]> {
  const grouping = GROUPINGS[groupBy ?? 'none'];
  const counts = db('designations as d')
    .select(countedDateColumns(db, interval, filters))
    .count('* as count');
  if (grouping.column) counts.select(db.raw(`${grouping.column} as group_value`)).groupByRaw('1, 2, 4');
  else counts.groupByRaw('1, 2');
  // Joined inside, where the filters (a past state as recorded included) apply to the laws too.
  if (groupBy === 'law' || groupBy === 'law_family') counts.leftJoin('laws as l', 'l.id', 'd.law_id');
  applyDesignationFilters(counts, filters, today);
  const rows: { decided_on: string; decided_precision: DatePrecision; group_keys: string[]; count: string | number }[] =
    await db
      .from(counts.as('c'))
      .select('c.decided_on', 'c.decided_precision', db.raw(`${grouping.keys} as group_keys`), 'c.count');
  const decided = storedPartialDates();
  return rows.map((row) => ({
    decided: decided(row.decided_on, row.decided_precision),
    groups: row.group_keys,
    count: Number(row.count),
  }));
}
