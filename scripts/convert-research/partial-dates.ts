/**
 * The partial-date checks the conversion needs, on top of the application's own module
 * (src/domain/partial-date.ts), plus reading a day written the research's way ("1 Dec 2015").
 */
import { DateTime } from 'luxon';
import { isPartialDate, parsePartialDate } from '../../src/domain/partial-date';
import type { DatePrecision } from '../../src/domain/vocabularies';

/** The precision a partial date string carries, or undefined when it is not a real partial date. */
export function precisionOf(partialDate: string): DatePrecision | undefined {
  return isPartialDate(partialDate) ? parsePartialDate(partialDate).precision : undefined;
}

/** First and last day of a partial date's period. */
export function periodOf(partialDate: string): { start: string; end: string } {
  const { start, end } = parsePartialDate(partialDate);
  return { start, end };
}

/** Whole days from a's first day to b's first day (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  const from = DateTime.fromISO(periodOf(a).start, { zone: 'utc' });
  const to = DateTime.fromISO(periodOf(b).start, { zone: 'utc' });
  return Math.round(to.diff(from, 'days').days);
}

/**
 * Reads a day written the way the research notes write it ("1 Dec 2015", "22 Aug 2016") and
 * returns it as a day-precision partial date. Used so that register dates are copied from the
 * research text by the machine, not retyped by hand.
 */
export function isoDayFromResearchText(text: string): string {
  const parsed = DateTime.fromFormat(text, 'd LLL yyyy', { locale: 'en', zone: 'utc' });
  const iso = parsed.isValid ? parsed.toISODate() : null;
  if (!iso) throw new Error(`Not a research-style day ("1 Dec 2015"): "${text}"`);
  return iso;
}
