import type { Knex } from 'knex';
import type { Db } from '../db/connection';
import type { DesignationFilters } from '../domain/designation-filters';
import type { DatedCount } from '../domain/period-counts';
import { partialDateFromStorage, PeriodInterval } from '../domain/partial-date';
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
  const query = db('designations as d')
    .select(countedDateColumns(db, interval, filters))
    .select(db.raw(`${GROUP_KEYS[groupBy ?? 'none']} as group_keys`))
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
