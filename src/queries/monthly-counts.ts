import type { Knex } from 'knex';
import type { Db } from '../db/connection';
import type { DesignationFilters } from '../domain/designation-filters';
import type { DatedCount } from '../domain/period-counts';
import { parsePartialDate, PeriodInterval, storedPartialDates } from '../domain/partial-date';
import type { StatsGrouping } from '../domain/query-parameters';
import { NO_GROUP, reasonGroupKeys } from './dated-counts';
import { whereAnyReasonTag } from './designation-filters';

/**
 * Counts from `designation_monthly_counts` and `designation_monthly_totals` (see their migration):
 * the live designations per jurisdiction (the totals: all together), decided month, measure and
 * precision, kept by triggers in the same transaction as every change; and from their yearly
 * rollups (`designation_yearly_counts`, `designation_yearly_totals`: per decided year and
 * precision, no measure), which hold whole years with a fraction of the rows; and from
 * `designation_reason_counts` and `designation_reason_totals`, the monthly counts by whole set of
 * reason tags instead of measure; and from `designation_law_yearly_counts` and
 * `designation_law_yearly_totals`, the yearly rollups by law as well. They answer only what those
 * columns can tell; for anything else the callers count the designations themselves, which gives
 * the same answer, slower.
 */
const GROUP_KEYS: Partial<Record<StatsGrouping | 'none', string>> = {
  none: 'array[]::text[]',
  jurisdiction: 'array[c.jurisdiction]',
  measure: 'array[c.measure]',
  reason: reasonGroupKeys('c.reason_tags'),
  // The law rollups count designations under no law under an id no law has (see their migration).
  law: `array[coalesce(l.slug, '${NO_GROUP}')]`,
  law_family: `array[coalesce(l.family, '${NO_GROUP}')]`,
};

/** A law or a law family is asked for: only the rollups by law can tell. */
function byLawAsked(filters: DesignationFilters, groupBy?: StatsGrouping): boolean {
  return (
    filters.law !== undefined || filters.lawFamilies !== undefined || groupBy === 'law' || groupBy === 'law_family'
  );
}

function startsAMonth(day: string): boolean {
  return day.endsWith('-01');
}

function endsAMonth(day: string): boolean {
  return parsePartialDate(day.slice(0, 7)).end === day;
}

/** No summary keeps names, organizations, ended dates or the past as recorded, nor days of a month. */
function summariesHold({ q, organization, status, asOf, recordedAsOf, from, to }: DesignationFilters): boolean {
  const otherFilter = [q, organization, status, asOf, recordedAsOf].some((value) => value !== undefined);
  return !otherFilter && (from === undefined || startsAMonth(from.start)) && (to === undefined || endsAMonth(to.end));
}

/** A range of whole years: a day-dated or month-dated designation lies in it exactly when its year does. */
function wholeYears({ from, to }: DesignationFilters): boolean {
  return (from === undefined || from.start.endsWith('-01-01')) && (to === undefined || to.end.endsWith('-12-31'));
}

/** The law rollups: by year, with neither measure nor reason tags. */
function lawCountsHold(filters: DesignationFilters): boolean {
  return (
    summariesHold(filters) && filters.measures === undefined && filters.reasons === undefined && wholeYears(filters)
  );
}

/**
 * Whether the summaries can count the designations that pass `filters`: filters on jurisdiction
 * and on measure or reason tags (not both: no summary keeps the two), or on a law over whole
 * years, and a range whose bounds fall on month boundaries (a month is the finest period they
 * know, and a day-dated designation lies in a month-aligned range exactly when its month does).
 */
export function monthlyCountsHold(filters: DesignationFilters): boolean {
  if (byLawAsked(filters)) return lawCountsHold(filters);
  return summariesHold(filters) && !(filters.measures !== undefined && filters.reasons !== undefined);
}

/** Whether the yearly rollups can count them too: no measure or reason filter, and whole years. */
function yearlyCountsHold(filters: DesignationFilters): boolean {
  return (
    monthlyCountsHold(filters) && filters.measures === undefined && filters.reasons === undefined && wholeYears(filters)
  );
}

/**
 * Period statistics need, besides, a grouping the summaries have a column for, in the same summary
 * as the filters: a measure grouping with a reason filter, or the reverse, is counted from the
 * designations, and so is a law filter or grouping by any period but the year.
 */
export function monthlyCountsCanAnswer(
  filters: DesignationFilters,
  groupBy: StatsGrouping | undefined,
  interval: PeriodInterval,
): boolean {
  if (byLawAsked(filters, groupBy))
    return lawCountsHold(filters) && interval === 'year' && groupBy !== 'measure' && groupBy !== 'reason';
  const needsMeasures = filters.measures !== undefined || groupBy === 'measure';
  const needsReasons = filters.reasons !== undefined || groupBy === 'reason';
  return monthlyCountsHold(filters) && GROUP_KEYS[groupBy ?? 'none'] !== undefined && !(needsMeasures && needsReasons);
}

/** The first day of the last year that ends by `day`. */
function lastWholeYearStart(day: string): string {
  const year = Number(day.slice(0, 4));
  return `${day.endsWith('-12-31') ? year : year - 1}-01-01`;
}

/**
 * from/to as the designations' filter applies them (see applyDecidedRange), on period starts
 * only, so that they bound the index range. A row's period is its month or its year, and the
 * range's bounds are month boundaries: a month lies in the range exactly when it starts in it,
 * and overlaps it in the same case; a year lies in it when it starts on or after `from` and ends
 * by `to`, and overlaps it from the year of `from` on.
 */
function applyDecidedRange(query: Knex.QueryBuilder, { from, to, imprecise }: DesignationFilters): void {
  const isYear = (row: Knex.QueryBuilder) => row.where('c.decided_precision', 'year');
  if (to) query.where('c.period_start', '<=', to.end);
  if (imprecise === 'include') {
    if (from) {
      query.where('c.period_start', '>=', `${from.start.slice(0, 4)}-01-01`);
      query.where((row) => void isYear(row).orWhere('c.period_start', '>=', from.start));
    }
    return;
  }
  if (from) query.where('c.period_start', '>=', from.start);
  if (to)
    query.where(
      (row) =>
        void row.whereNot('c.decided_precision', 'year').orWhere('c.period_start', '<=', lastWholeYearStart(to.end)),
    );
}

/**
 * The per-jurisdiction counts when a jurisdiction is asked about, else the totals (~1/200 of their
 * rows); by law and year when a law filter or grouping needs them (monthlyCountsCanAnswer and
 * monthlyCountsHold accept those for whole years only); by reason tags when a reason filter or
 * grouping needs them; by year when the counts asked for are whole years (a list's total, or
 * periods of a year) and neither a measure filter nor a measure grouping needs the months'
 * measure column.
 */
function summaryFor(
  db: Db,
  filters: DesignationFilters,
  { groupBy, interval }: { groupBy?: StatsGrouping; interval?: PeriodInterval } = {},
): Knex.QueryBuilder {
  const byJurisdiction = filters.jurisdictions !== undefined || groupBy === 'jurisdiction';
  const byReason = filters.reasons !== undefined || groupBy === 'reason';
  const byYear =
    yearlyCountsHold(filters) &&
    (interval === undefined || interval === 'year') &&
    groupBy !== 'measure' &&
    groupBy !== 'reason';
  const byLaw = byLawAsked(filters, groupBy);
  const grain = byLaw ? 'law_yearly' : byReason ? 'reason' : byYear ? 'yearly' : 'monthly';
  return db(`designation_${grain}_${byJurisdiction ? 'counts' : 'totals'} as c`);
}

function applyFilters(query: Knex.QueryBuilder, filters: DesignationFilters): Knex.QueryBuilder {
  if (filters.jurisdictions) query.whereIn('c.jurisdiction', filters.jurisdictions);
  if (filters.measures) query.whereIn('c.measure', filters.measures);
  const { law } = filters;
  if (law !== undefined)
    query.whereIn('c.law_id', (laws) => void laws.select('lf.id').from('laws as lf').where('lf.slug', law));
  const { lawFamilies } = filters;
  if (lawFamilies)
    query.whereIn(
      'c.law_id',
      (laws) => void laws.select('lff.id').from('laws as lff').whereIn('lff.family', lawFamilies),
    );
  if (filters.reasons) whereAnyReasonTag(query, 'c.reason_tags', filters.reasons);
  applyDecidedRange(query, filters);
  return query;
}

/** How many designations pass `filters` (for which monthlyCountsHold), exactly. */
export async function countFromMonthlyCounts(db: Db, filters: DesignationFilters): Promise<number> {
  const [{ count }] = await applyFilters(summaryFor(db, filters), filters).select<{ count: string | number }[]>(
    db.raw('coalesce(sum(c.designations), 0) as count'),
  );
  return Number(count);
}

/**
 * The counts datedCounts would give, for filters monthlyCountsCanAnswer accepts: the months that
 * overlap the range, and the years of year-dated designations, under partial dates that
 * countByPeriod places or reports as imprecise exactly as it does a designation's own date. A
 * month always lies in the month-aligned range, so its count only needs its period: it is summed
 * under the period's first month inside the range, a few rows per period (as datedCounts does).
 */
export async function monthlyDatedCounts(
  db: Db,
  filters: DesignationFilters,
  groupBy: StatsGrouping | undefined,
  interval: PeriodInterval,
): Promise<DatedCount[]> {
  const periodStart = `date_trunc('${interval}', c.period_start)::date`;
  // from is a validated partial date (a YYYY-MM-DD start), so it is written inline like the interval.
  const firstMonthInRange = filters.from ? `greatest(${periodStart}, date '${filters.from.start}')` : periodStart;
  const query = summaryFor(db, filters, { groupBy, interval })
    .select(
      db.raw(
        `case when c.decided_precision = 'year' then c.period_start else ${firstMonthInRange} end as period_start`,
      ),
    )
    .select(
      db.raw(`c.decided_precision = 'year' as year_dated`),
      db.raw(`${GROUP_KEYS[groupBy ?? 'none']} as group_keys`),
    )
    .sum({ count: 'c.designations' })
    .groupByRaw('1, 2, 3');
  if (groupBy === 'law' || groupBy === 'law_family') query.leftJoin('laws as l', 'l.id', 'c.law_id');
  const rows = (await applyFilters(query, filters)) as {
    period_start: string;
    year_dated: boolean;
    group_keys: string[];
    count: string | number;
  }[];
  const decided = storedPartialDates();
  return rows.map((row) => ({
    decided: decided(row.period_start, row.year_dated ? 'year' : 'month'),
    groups: row.group_keys,
    count: Number(row.count),
  }));
}
