/**
 * The few partial-date checks the conversion needs. The application's own partial-date module lives
 * in src/domain (another engineer's file); this script keeps its own copy so it can run on its own.
 */
import { DateTime } from 'luxon';
import type { DatePrecision } from '../../src/domain/vocabularies';

const FORMAT_BY_LENGTH: Record<number, { format: string; precision: DatePrecision }> = {
  4: { format: 'yyyy', precision: 'year' },
  7: { format: 'yyyy-MM', precision: 'month' },
  10: { format: 'yyyy-MM-dd', precision: 'day' },
};

/** The precision a partial date string carries, or undefined when it is not a real partial date. */
export function precisionOf(partialDate: string): DatePrecision | undefined {
  const shape = FORMAT_BY_LENGTH[partialDate.length];
  if (!shape) return undefined;
  const parsed = DateTime.fromFormat(partialDate, shape.format, { zone: 'utc' });
  return parsed.isValid ? shape.precision : undefined;
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
