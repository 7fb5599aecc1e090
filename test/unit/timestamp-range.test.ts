import { timestampRangeProblem } from '../../src/domain/timestamp-range';

describe('timestampRangeProblem', () => {
  it('accepts ordinary timestamps, with fractions and real offsets', () => {
    for (const value of [
      '2026-01-31T12:00:00Z',
      '2026-01-31T12:00:00.123456Z',
      '2020-06-01T00:00:00+14:00',
      '1000-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
    ]) {
      expect(timestampRangeProblem(value)).toBeNull();
    }
  });

  it('refuses year 0000, which PostgreSQL does not have (it was an unnamed 400 from SQLSTATE 22008)', () => {
    expect(timestampRangeProblem('0000-01-01T00:00:00Z')).toBe('must lie between the years 1000 and 9999 (UTC)');
  });

  it('refuses a moment past 9999 once in UTC', () => {
    expect(timestampRangeProblem('9999-12-31T23:00:00-10:00')).toBe('must lie between the years 1000 and 9999 (UTC)');
  });

  it('refuses an offset no time zone has (-23:59 was a 500 from SQLSTATE 22009)', () => {
    expect(timestampRangeProblem('2020-01-01T00:00:00-23:59')).toBe('has a UTC offset beyond ±14:00');
  });
});
