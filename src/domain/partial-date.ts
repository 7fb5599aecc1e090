/**
 * Partial dates (docs/design.md "Partial dates"): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, whose length is the precision.
 * Stored as the first day of the period plus the precision; shown as the ISO prefix. Pure: no I/O.
 */
import { DateTime } from 'luxon';
import { InvalidInputError } from './errors';
import { DatePrecision, isOneOf, DATE_PRECISIONS } from './vocabularies';

export interface PartialDate {
  /** The ISO prefix as written: `2015`, `2015-03` or `2015-03-01`. */
  text: string;
  precision: DatePrecision;
  /** First day of the period, `YYYY-MM-DD`. */
  start: string;
  /** Last day of the period, `YYYY-MM-DD`, inclusive. */
  end: string;
}

export class InvalidPartialDateError extends InvalidInputError {
  readonly code: string = 'invalid_partial_date';
  constructor(message: string, value: unknown, parameter?: string) {
    super(message, [parameter === undefined ? { value, message } : { parameter, value, message }]);
  }
}

const EXPECTED = 'expected YYYY, YYYY-MM or YYYY-MM-DD';
const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why `value` is not a partial date ('' when only the shape is wrong), or null when it is one. */
function problemWith(value: string): string | null {
  if (value === '') return 'value is empty';
  if (value.trim() !== value) return 'value has leading or trailing whitespace';
  const match = SHAPE.exec(value);
  if (match === null) return '';
  const [, year, month, day] = match;
  if (Number(year) < 1000) return `year ${year} is out of range (1000-9999)`;
  if (month === undefined) return null;
  if (Number(month) < 1 || Number(month) > 12) return `month ${month} is out of range`;
  if (day === undefined) return null;
  const days = daysInMonth(Number(year), Number(month));
  if (Number(day) < 1 || Number(day) > days) {
    return `day ${day} is out of range (${year}-${month} has ${days} days)`;
  }
  return null;
}

/** The calendar's own rule (leap years included), no month table of ours: day 0 of the next month is this one's last. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function precisionOf(text: string): DatePrecision {
  return text.length === 4 ? 'year' : text.length === 7 ? 'month' : 'day';
}

/**
 * Build from text already known to be valid. Plain string work rather than luxon: this runs for
 * every date of every row a list or an export shows, and luxon's date objects cost more than the
 * rest of such a request's own work (see docs/performance.md).
 */
function fromValidText(text: string): PartialDate {
  const precision = precisionOf(text);
  if (precision === 'day') return { text, precision, start: text, end: text };
  const year = text.slice(0, 4);
  if (precision === 'year') return { text, precision, start: `${year}-01-01`, end: `${year}-12-31` };
  const month = text.slice(5, 7);
  const lastDay = String(daysInMonth(Number(year), Number(month))).padStart(2, '0');
  return { text, precision, start: `${text}-01`, end: `${text}-${lastDay}` };
}

/** Parse a user-supplied partial date; `parameter` names the input in the error (e.g. `from`). */
export function parsePartialDate(value: string, parameter?: string): PartialDate {
  const problem = typeof value === 'string' ? problemWith(value) : 'value is not a string';
  if (problem !== null) {
    const detail = problem === '' ? '' : `: ${problem}`;
    const message = `${JSON.stringify(value)} is not a valid partial date (${EXPECTED})${detail}`;
    throw new InvalidPartialDateError(message, value, parameter);
  }
  return fromValidText(value);
}

export function isPartialDate(value: string): boolean {
  return typeof value === 'string' && problemWith(value) === null;
}

const PREFIX_LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

/** Rebuild from the database's first-day date and precision; a start not on a first day throws. */
export function partialDateFromStorage(start: string, precision: DatePrecision): PartialDate {
  const fail = (why: string): never => {
    throw new InvalidPartialDateError(
      `stored date ${JSON.stringify(start)} with precision ${JSON.stringify(precision)} ${why}`,
      start,
    );
  };
  if (!isOneOf(DATE_PRECISIONS, precision)) return fail('has an unknown precision');
  if (typeof start !== 'string' || !ISO_DAY.test(start) || !isPartialDate(start)) {
    return fail('is not a valid YYYY-MM-DD date');
  }
  const date = fromValidText(start.slice(0, PREFIX_LENGTH[precision]));
  if (date.start !== start) fail(`is not the first day of its ${precision}`);
  return date;
}

/**
 * partialDateFromStorage that builds each distinct date once and hands out the same (read-only)
 * object after: rows of counts repeat a few dozen dates thousands of times, and building a date per
 * row would be a noticeable share of such an answer's CPU.
 */
export function storedPartialDates(): (start: string, precision: DatePrecision) => PartialDate {
  const built = new Map<string, PartialDate>();
  return (start, precision) => {
    const key = `${start} ${precision}`;
    let date = built.get(key);
    if (date === undefined) built.set(key, (date = partialDateFromStorage(start, precision)));
    return date;
  };
}

/** The ISO prefix for a stored date: (`2015-03-01`, `month`) -> `2015-03`. */
export function formatPartialDate(start: string, precision: DatePrecision): string {
  return partialDateFromStorage(start, precision).text;
}

export function precisionRank(precision: DatePrecision): number {
  return { year: 1, month: 2, day: 3 }[precision];
}

/** By period start, then coarser first: `2015` < `2015-03` < `2015-03-01`. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return precisionRank(a.precision) - precisionRank(b.precision);
}

/** The whole period of `date` is inside [from.start, to.end]; an absent bound is open. */
export function liesWithin(date: PartialDate, from?: PartialDate, to?: PartialDate): boolean {
  const afterFrom = from === undefined || date.start >= from.start;
  return afterFrom && (to === undefined || date.end <= to.end);
}

/** The period of `date` shares at least one day with [from.start, to.end]. */
export function overlaps(date: PartialDate, from?: PartialDate, to?: PartialDate): boolean {
  const reachesFrom = from === undefined || date.end >= from.start;
  return reachesFrom && (to === undefined || date.start <= to.end);
}

/** Overlaps the range without lying inside it: too coarse to place, flagged rather than dropped. */
export function isImpreciseFor(date: PartialDate, from?: PartialDate, to?: PartialDate): boolean {
  return overlaps(date, from, to) && !liesWithin(date, from, to);
}

export function todayPartialDate(now: Date = new Date()): PartialDate {
  // The UTC day of the ISO string: luxon would read the machine's locale (ICU data, megabytes of
  // a server's memory) for a date it only prints as digits.
  return fromValidText(now.toISOString().slice(0, 10));
}

/** Buckets of period counts (`/stats/timeline?interval=`). */
export const PERIOD_INTERVALS = ['year', 'quarter', 'month'] as const;
export type PeriodInterval = (typeof PERIOD_INTERVALS)[number];

function labelOf(date: DateTime, interval: PeriodInterval): string {
  if (interval === 'year') return date.toFormat('yyyy');
  if (interval === 'quarter') return `${date.toFormat('yyyy')}-Q${date.quarter}`;
  return date.toFormat('yyyy-MM');
}

/**
 * The label (`2024`, `2024-Q3`, `2024-08`) of the period `date` falls in, or null when the date is
 * too coarse to place there (a `2014` date has no quarter or month: it counts as imprecise).
 */
export function periodKey(date: PartialDate, interval: PeriodInterval): string | null {
  if (interval !== 'year' && date.precision === 'year') return null;
  // From the ISO text, as labelOf would print it: this runs for every count of a stats answer.
  const year = date.start.slice(0, 4);
  if (interval === 'year') return year;
  return interval === 'quarter' ? `${year}-Q${Math.ceil(Number(date.start.slice(5, 7)) / 3)}` : date.start.slice(0, 7);
}

/**
 * Every label from the period containing `from` to the one containing `to` (partial dates, so a
 * plain `YYYY-MM-DD` works too), for zero-filled charts; empty when `from` is after `to`.
 */
export function periodsBetween(from: string, to: string, interval: PeriodInterval): string[] {
  const start = DateTime.fromISO(parsePartialDate(from, 'from').start, { zone: 'utc' });
  const end = DateTime.fromISO(parsePartialDate(to, 'to').end, { zone: 'utc' });
  let cursor = start.startOf(interval);
  const labels: string[] = [];
  while (cursor <= end) {
    labels.push(labelOf(cursor, interval));
    cursor = cursor.plus({ [`${interval}s`]: 1 });
  }
  return labels;
}

const QUARTER_LABEL = /^([1-9]\d{3})-Q([1-4])$/;

/** The first and last day of the period a label names, from its text (a month or year label is a partial date). */
function periodBounds(label: string): { start: string; end: string } {
  const quarter = QUARTER_LABEL.exec(label);
  if (quarter !== null) {
    const month = (offset: number) => `${quarter[1]}-${String(Number(quarter[2]) * 3 - 2 + offset).padStart(2, '0')}`;
    return { start: fromValidText(month(0)).start, end: fromValidText(month(2)).end };
  }
  if (isPartialDate(label) && label.length <= 7) return fromValidText(label);
  throw new InvalidInputError(`${JSON.stringify(label)} is not a period label (expected YYYY, YYYY-Qn or YYYY-MM)`);
}

/** First day (`YYYY-MM-DD`) of the period a label names: `2024-Q3` -> `2024-07-01`. */
export function periodStart(label: string): string {
  return periodBounds(label).start;
}

/** Last day (`YYYY-MM-DD`, inclusive) of the period a label names: `2024-Q3` -> `2024-09-30`. */
export function periodEnd(label: string): string {
  return periodBounds(label).end;
}

/** formatPartialDate for a nullable stored pair (listed, ended and enacted dates are optional). */
export function formatOptionalPartialDate(start: string | null, precision: DatePrecision | null): string | null {
  return start === null || precision === null ? null : formatPartialDate(start, precision);
}
