/**
 * How far apart in time a precedent is from its case, in whole years, and the date ranges that
 * hold the designations a given number of whole years from a day. A peer's score depends only on
 * its measure and on this number (scoring.ts), so the best peers of a large jurisdiction can be
 * read band by band from the decided-date index instead of scoring every peer (docs/performance.md).
 * Pure; days are ISO `YYYY-MM-DD` strings.
 */
import { DateTime } from 'luxon';
import { parsePartialDate } from '../partial-date';

/** Peers this many whole years or more from the case all weigh the same (no proximity bonus). */
export const PROXIMITY_YEARS = 10;

/** Full years between the starts of two partial dates, as a person counts an age: 2015-07-28 to 2025-07-27 is 9. */
export function wholeYearsBetween(a: string, b: string): number {
  const [earlier, later] = [parsePartialDate(a).start, parsePartialDate(b).start].sort();
  const years = Number(later.slice(0, 4)) - Number(earlier.slice(0, 4));
  return later.slice(5) < earlier.slice(5) ? years - 1 : years;
}

/** Decided dates from `from` (inclusive) to `until` (exclusive); null is open. */
export interface DateRange {
  from: string | null;
  until: string | null;
}

/** The days `yearsApart` whole years from a day (`PROXIMITY_YEARS` or more, for the last band), in date order. */
export interface ProximityBand {
  yearsApart: number;
  ranges: DateRange[];
}

function isLeapYear(year: number): boolean {
  return new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
}

function nextDay(day: string): string {
  return DateTime.fromISO(day, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;
}

/** The day `years` after (or before, negative) `day`, or the nearest one on the given side when it does not exist (29 February). */
function shiftYears(day: string, years: number, side: 'earlier' | 'later'): string {
  const year = String(Number(day.slice(0, 4)) + years).padStart(4, '0');
  if (day.slice(5) !== '02-29' || isLeapYear(Number(year))) return `${year}${day.slice(4)}`;
  return side === 'earlier' ? `${year}-02-28` : `${year}-03-01`;
}

/**
 * The bands of days 0, 1, … PROXIMITY_YEARS - 1 and at least PROXIMITY_YEARS whole years from
 * `reference`: every day lies in exactly one, the one of wholeYearsBetween(day, reference).
 */
export function proximityBands(reference: string): ProximityBand[] {
  const start = parsePartialDate(reference).start;
  // The first day less than `years` whole years before the start, and the first at least `years` whole years after it.
  const firstNotBefore = (years: number) => nextDay(shiftYears(start, -years, 'earlier'));
  const after = (years: number) => shiftYears(start, years, 'later');
  const bands: ProximityBand[] = [{ yearsApart: 0, ranges: [{ from: firstNotBefore(1), until: after(1) }] }];
  for (let years = 1; years < PROXIMITY_YEARS; years++) {
    bands.push({
      yearsApart: years,
      ranges: [
        { from: firstNotBefore(years + 1), until: firstNotBefore(years) },
        { from: after(years), until: after(years + 1) },
      ],
    });
  }
  bands.push({
    yearsApart: PROXIMITY_YEARS,
    ranges: [
      { from: null, until: firstNotBefore(PROXIMITY_YEARS) },
      { from: after(PROXIMITY_YEARS), until: null },
    ],
  });
  return bands;
}
