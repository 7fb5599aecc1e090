import fc from 'fast-check';
import { DateTime } from 'luxon';
import { DateRange, proximityBands, PROXIMITY_YEARS, wholeYearsBetween } from '../../src/domain/precedents/proximity';
import { propertyOptions } from '../support/hostile-values';

describe('wholeYearsBetween', () => {
  it.each([
    ['2015-07-28', '2025-07-28', 10],
    ['2015-07-28', '2025-07-27', 9],
    ['2025-07-27', '2015-07-28', 9],
    ['2025', '2024-01-01', 1],
    ['2024-12', '2025-11-30', 0],
    ['2016-02-29', '2017-02-28', 0],
    ['2016-02-29', '2017-03-01', 1],
    ['2015-02-28', '2016-02-29', 1],
  ])('%s to %s: %d', (a, b, years) => {
    expect(wholeYearsBetween(a, b)).toBe(years);
  });
});

const within = (day: string, { from, until }: DateRange) =>
  (from === null || day >= from) && (until === null || day < until);
const dayArbitrary = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('proximityBands', () => {
  it('puts every day in the one band of its whole years from the reference (29 February too)', () => {
    const leapDay = fc.constantFrom('2016-02-29', '2020-02-29', '2024-02-29');
    fc.assert(
      fc.property(fc.oneof(dayArbitrary, leapDay), fc.oneof(dayArbitrary, leapDay), (reference, day) => {
        const holding = proximityBands(reference).filter((band) => band.ranges.some((range) => within(day, range)));
        expect(holding.map((band) => band.yearsApart)).toEqual([
          Math.min(wholeYearsBetween(day, reference), PROXIMITY_YEARS),
        ]);
      }),
      propertyOptions(3000, 'proximity bands'),
    );
  });

  it('checks every day around the reference, at the edges of each band', () => {
    for (const reference of ['2025-05-19', '2024-02-29', '2023-03-01', '2023-12-31']) {
      const bands = proximityBands(reference);
      let day = DateTime.fromISO(reference, { zone: 'utc' }).minus({ years: 12 });
      const last = DateTime.fromISO(reference, { zone: 'utc' }).plus({ years: 12 });
      for (; day <= last; day = day.plus({ days: 1 })) {
        const iso = day.toISODate()!;
        const holding = bands.filter((band) => band.ranges.some((range) => within(iso, range)));
        expect([iso, holding.map((band) => band.yearsApart)]).toEqual([
          iso,
          [Math.min(wholeYearsBetween(iso, reference), PROXIMITY_YEARS)],
        ]);
      }
    }
  });

  it("lists the bands closest first, each one's ranges in date order", () => {
    const bands = proximityBands('2025');
    expect(bands.map((band) => band.yearsApart)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(bands[0].ranges).toEqual([{ from: '2024-01-02', until: '2026-01-01' }]);
    expect(bands[1].ranges).toEqual([
      { from: '2023-01-02', until: '2024-01-02' },
      { from: '2026-01-01', until: '2027-01-01' },
    ]);
    expect(bands[10].ranges).toEqual([
      { from: null, until: '2015-01-02' },
      { from: '2035-01-01', until: null },
    ]);
  });
});
