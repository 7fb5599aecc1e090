/**
 * Counts per period that respect date precision (docs/design.md "Partial dates"). A designation counts in a period
 * only when its whole decided period lies inside that period and inside the requested range; one
 * that is too coarse to place (`2014` for quarters, `2015` for a range starting `2015-06`) is
 * counted apart, under its own partial date, never on the first day of its period. Pure: no I/O.
 */
import {
  comparePartialDates,
  liesWithin,
  PartialDate,
  PeriodInterval,
  periodEnd,
  periodKey,
  periodsBetween,
  periodStart,
} from './partial-date';

/** How many designations share one decided date and one set of group keys. */
export interface DatedCount {
  decided: PartialDate;
  /** The group keys the designations count under (one per reason tag); empty without grouping. */
  groups: string[];
  count: number;
}

export interface PeriodCount {
  period: string;
  start: string;
  end: string;
  total: number;
  groups: Record<string, number>;
}

export interface PeriodCounts {
  /** Designations placed in a period. */
  total: number;
  /** Designations that overlap the range but cannot be placed in one period of it. */
  impreciseTotal: number;
  /** Every period from the range's start to its end (or the data's), zeros included. */
  periods: PeriodCount[];
  /** The unplaceable designations, by their own partial date (`2014`, `2024-08`). */
  imprecise: PeriodCount[];
}

export interface CountRange {
  from?: PartialDate;
  to?: PartialDate;
}

export function countByPeriod(counts: DatedCount[], interval: PeriodInterval, range: CountRange): PeriodCounts {
  const placed = new Map<string, PeriodCount>();
  const imprecise = new Map<string, { date: PartialDate; bucket: PeriodCount }>();
  for (const { decided, groups, count } of counts) {
    const label = liesWithin(decided, range.from, range.to) ? periodKey(decided, interval) : null;
    if (label !== null) {
      if (!placed.has(label)) placed.set(label, emptyBucket(label, periodStart(label), periodEnd(label)));
      add(placed.get(label)!, groups, count);
    } else {
      if (!imprecise.has(decided.text)) {
        imprecise.set(decided.text, { date: decided, bucket: emptyBucket(decided.text, decided.start, decided.end) });
      }
      add(imprecise.get(decided.text)!.bucket, groups, count);
    }
  }
  const periods = periodLabels(counts, interval, range).map((label) => {
    const bucket = placed.get(label) ?? emptyBucket(label, periodStart(label), periodEnd(label));
    return clip(bucket, range);
  });
  const impreciseBuckets = [...imprecise.values()]
    .sort((a, b) => comparePartialDates(a.date, b.date))
    .map((entry) => entry.bucket);
  return {
    total: sum([...placed.values()]),
    impreciseTotal: sum(impreciseBuckets),
    periods: periods.map(sortGroups),
    imprecise: impreciseBuckets.map(sortGroups),
  };
}

/** From the range's bounds, or the data's earliest start and latest end where a bound is open. */
function periodLabels(counts: DatedCount[], interval: PeriodInterval, range: CountRange): string[] {
  const data = dataSpan(counts);
  const lower = range.from?.start ?? data?.start ?? range.to?.start;
  let upper = range.to?.end ?? data?.end ?? range.from?.end;
  if (lower === undefined || upper === undefined) return [];
  if (upper < lower) upper = range.from?.end ?? lower;
  return periodsBetween(lower, upper, interval);
}

/**
 * The earliest start and latest end of the counts' dates (ISO days compare as strings), or
 * undefined without counts; one pass, since sorting every count's days costs in a large answer.
 */
function dataSpan(counts: DatedCount[]): { start: string; end: string } | undefined {
  if (counts.length === 0) return undefined;
  let { start, end } = counts[0].decided;
  for (const { decided } of counts) {
    if (decided.start < start) start = decided.start;
    if (decided.end > end) end = decided.end;
  }
  return { start, end };
}

function emptyBucket(period: string, start: string, end: string): PeriodCount {
  return { period, start, end, total: 0, groups: {} };
}

function add(bucket: PeriodCount, groups: string[], count: number): void {
  bucket.total += count;
  for (const group of groups) bucket.groups[group] = (bucket.groups[group] ?? 0) + count;
}

/** A period cut by the range reports the part of it that was counted. */
function clip(bucket: PeriodCount, range: CountRange): PeriodCount {
  const start = range.from && range.from.start > bucket.start ? range.from.start : bucket.start;
  const end = range.to && range.to.end < bucket.end ? range.to.end : bucket.end;
  return { ...bucket, start, end };
}

function sortGroups(bucket: PeriodCount): PeriodCount {
  const groups = Object.fromEntries(Object.entries(bucket.groups).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...bucket, groups };
}

function sum(buckets: PeriodCount[]): number {
  return buckets.reduce((total, bucket) => total + bucket.total, 0);
}
