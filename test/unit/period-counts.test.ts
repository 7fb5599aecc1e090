import { countByPeriod, DatedCount } from '../../src/domain/period-counts';
import { parsePartialDate } from '../../src/domain/partial-date';

const dated = (date: string, count = 1, groups: string[] = []): DatedCount => ({
  decided: parsePartialDate(date),
  groups,
  count,
});
const range = (from?: string, to?: string) => ({
  from: from ? parsePartialDate(from) : undefined,
  to: to ? parsePartialDate(to) : undefined,
});

describe('countByPeriod', () => {
  it('counts a month-precise date in its month and in its year', () => {
    const byMonth = countByPeriod([dated('2024-08')], 'month', {});
    expect(byMonth.periods).toEqual([
      { period: '2024-08', start: '2024-08-01', end: '2024-08-31', total: 1, groups: {} },
    ]);
    const byYear = countByPeriod([dated('2024-08')], 'year', {});
    expect(byYear.periods).toEqual([{ period: '2024', start: '2024-01-01', end: '2024-12-31', total: 1, groups: {} }]);
    expect(countByPeriod([dated('2024-08')], 'quarter', {}).periods.map((p) => [p.period, p.total])).toEqual([
      ['2024-Q3', 1],
    ]);
  });

  it('puts a year-precise date in its year for years, and in imprecise (never in January or Q1) for quarters and months', () => {
    expect(countByPeriod([dated('2014')], 'year', {})).toMatchObject({ total: 1, impreciseTotal: 0, imprecise: [] });
    for (const interval of ['quarter', 'month'] as const) {
      const counts = countByPeriod([dated('2014'), dated('2014-12-25')], interval, {});
      expect(counts.total).toBe(1);
      expect(counts.impreciseTotal).toBe(1);
      expect(counts.imprecise).toEqual([
        { period: '2014', start: '2014-01-01', end: '2014-12-31', total: 1, groups: {} },
      ]);
      expect(counts.periods[0]).toMatchObject({ total: 0 });
      expect(counts.periods.map((p) => p.total).reduce((a, b) => a + b)).toBe(1);
    }
  });

  it('fills every period between the range bounds with zeros', () => {
    const counts = countByPeriod([dated('2015-03-02')], 'quarter', range('2014-11', '2015-06'));
    expect(counts.periods.map((p) => [p.period, p.total])).toEqual([
      ['2014-Q4', 0],
      ['2015-Q1', 1],
      ['2015-Q2', 0],
    ]);
  });

  it("without a range, spans the data's earliest start to its latest end", () => {
    const counts = countByPeriod([dated('2013-06-25'), dated('2016')], 'year', {});
    expect(counts.periods.map((p) => [p.period, p.total])).toEqual([
      ['2013', 1],
      ['2014', 0],
      ['2015', 0],
      ['2016', 1],
    ]);
  });

  it('reports a period cut by the range with the part that was counted', () => {
    const counts = countByPeriod([dated('2014-12-25')], 'year', range('2014-06', '2014-12'));
    expect(counts.periods).toEqual([{ period: '2014', start: '2014-06-01', end: '2014-12-31', total: 1, groups: {} }]);
  });

  it('counts a date that overlaps the range without lying inside it as imprecise, under its own date', () => {
    const counts = countByPeriod(
      [dated('2014'), dated('2024-08', 3), dated('2024-08-19')],
      'month',
      range('2024-08-15', '2024-09-15'),
    );
    expect(counts.periods.map((p) => [p.period, p.start, p.end, p.total])).toEqual([
      ['2024-08', '2024-08-15', '2024-08-31', 1],
      ['2024-09', '2024-09-01', '2024-09-15', 0],
    ]);
    // The SQL filter only passes dates that overlap the range; 2014 would not reach here in practice.
    expect(counts.imprecise.map((p) => [p.period, p.total])).toEqual([
      ['2014', 1],
      ['2024-08', 3],
    ]);
    expect(counts).toMatchObject({ total: 1, impreciseTotal: 4 });
  });

  it('counts each group key, so a designation with two reason tags counts under both', () => {
    const counts = countByPeriod(
      [
        dated('2015-07-28', 1, ['foreign_funding', 'election_interference']),
        dated('2015-11-30', 2, ['national_security']),
      ],
      'year',
      {},
    );
    expect(counts.periods).toEqual([
      {
        period: '2015',
        start: '2015-01-01',
        end: '2015-12-31',
        total: 3,
        groups: { election_interference: 1, foreign_funding: 1, national_security: 2 },
      },
    ]);
  });

  it('has no periods without data or range, and one bound is enough to place the empty range', () => {
    expect(countByPeriod([], 'year', {}).periods).toEqual([]);
    expect(countByPeriod([], 'year', range('2030')).periods.map((p) => p.period)).toEqual(['2030']);
  });
});
