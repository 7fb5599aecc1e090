/**
 * ISO 8601 timestamps given as parameters (`recorded_as_of`, `since`) are compared with
 * `timestamptz` columns. The ISO shape alone lets through moments PostgreSQL refuses (year 0000,
 * or a UTC offset such as -23:59 beyond its ±15:59), which would fail the query instead of naming
 * the parameter; the same range as partial dates, and real UTC offsets, keep them out.
 */
import { DateTime } from 'luxon';

const MAX_OFFSET_MINUTES = 14 * 60;

/** Why a timestamp of the ISO shape cannot be used, or null when it can. */
export function timestampRangeProblem(value: string): string | null {
  const moment = DateTime.fromISO(value, { setZone: true });
  if (!moment.isValid) return 'is not a valid moment';
  if (Math.abs(moment.offset) > MAX_OFFSET_MINUTES) return 'has a UTC offset beyond ±14:00';
  const utcYear = moment.toUTC().year;
  if (utcYear < 1000 || utcYear > 9999) return 'must lie between the years 1000 and 9999 (UTC)';
  return null;
}
