import { InvalidInputError } from '../../src/domain/errors';
import {
  InvalidPartialDateError,
  PartialDate,
  comparePartialDates,
  formatOptionalPartialDate,
  formatPartialDate,
  isImpreciseFor,
  isPartialDate,
  liesWithin,
  overlaps,
  parsePartialDate,
  partialDateFromStorage,
  storedPartialDates,
  periodEnd,
  periodKey,
  periodStart,
  periodsBetween,
  precisionRank,
  todayPartialDate,
} from '../../src/domain/partial-date';

const p = (value: string): PartialDate => parsePartialDate(value);

function parseError(value: string, parameter?: string): InvalidPartialDateError {
  try {
    parsePartialDate(value, parameter);
  } catch (error) {
    if (error instanceof InvalidPartialDateError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
}

describe('parsePartialDate', () => {
  it.each([
    ['2015', 'year', '2015-01-01', '2015-12-31'],
    ['2015-03', 'month', '2015-03-01', '2015-03-31'],
    ['2015-03-07', 'day', '2015-03-07', '2015-03-07'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2023-02', 'month', '2023-02-01', '2023-02-28'],
    ['2024-04', 'month', '2024-04-01', '2024-04-30'],
    ['2024-12', 'month', '2024-12-01', '2024-12-31'],
    ['1000', 'year', '1000-01-01', '1000-12-31'],
    ['9999-12-31', 'day', '9999-12-31', '9999-12-31'],
  ])('accepts %s as a %s from %s to %s', (text, precision, start, end) => {
    expect(parsePartialDate(text)).toEqual({ text, precision, start, end });
  });

  it.each(['2020-02-29', '2000-02-29', '2024-02-29'])('accepts the leap day %s', (text) => {
    expect(p(text).start).toBe(text);
  });

  it.each([
    ['2015-13', 'month 13 is out of range'],
    ['2015-00', 'month 00 is out of range'],
    ['2015-02-30', 'day 30 is out of range (2015-02 has 28 days)'],
    ['2019-02-29', 'day 29 is out of range (2019-02 has 28 days)'],
    ['1900-02-29', 'day 29 is out of range (1900-02 has 28 days)'],
    ['2015-04-31', 'day 31 is out of range (2015-04 has 30 days)'],
    ['2015-01-00', 'day 00 is out of range (2015-01 has 31 days)'],
    ['0999', 'year 0999 is out of range (1000-9999)'],
    ['', 'value is empty'],
    [' 2015', 'value has leading or trailing whitespace'],
    ['2015-01-01\n', 'value has leading or trailing whitespace'],
  ])('rejects %j: %s', (value, reason) => {
    const error = parseError(value);
    expect(error.message).toBe(
      `${JSON.stringify(value)} is not a valid partial date ` + `(expected YYYY, YYYY-MM or YYYY-MM-DD): ${reason}`,
    );
  });

  it.each([
    '15-01-2015',
    '2015-1',
    '2015-01-1',
    '2015/01/01',
    '2015-01-01T00:00:00Z',
    '2015-01-01T12:00',
    '2015-01-01 00:00',
    '10000',
    '201',
    '2015-',
    'abcd',
    '２０１５',
    '2015-W10',
  ])('rejects the shape %j, naming the value', (value) => {
    const error = parseError(value);
    expect(error.message).toBe(
      `${JSON.stringify(value)} is not a valid partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
  });

  it('throws an InvalidInputError with code and one problem naming parameter and value', () => {
    const error = parseError('2015-13', 'from');
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe('invalid_partial_date');
    expect(error.parameter).toBe('from');
    expect(error.message).toBe(
      '"2015-13" is not a valid partial date (expected YYYY, YYYY-MM or YYYY-MM-DD): ' + 'month 13 is out of range',
    );
    expect(error.problems).toEqual([{ parameter: 'from', value: '2015-13', message: error.message }]);
  });

  it('leaves the parameter out of the problem when none is given', () => {
    expect(parseError('2015-13').problems[0]).toEqual({
      value: '2015-13',
      message: expect.stringContaining('"2015-13"'),
    });
  });

  it('rejects a value that is not a string (e.g. a repeated query parameter)', () => {
    expect(() => parsePartialDate(['2015', '2016'] as unknown as string, 'from')).toThrow(InvalidPartialDateError);
  });
});

describe('isPartialDate', () => {
  it('tells valid from invalid without throwing', () => {
    expect(['2015', '2015-03', '2020-02-29'].map(isPartialDate)).toEqual([true, true, true]);
    expect(['2019-02-29', '2015-1', '', ' 2015'].map(isPartialDate)).toEqual([false, false, false, false]);
  });
});

describe('partialDateFromStorage and formatPartialDate', () => {
  it.each([
    ['2015-01-01', 'year', '2015'],
    ['2015-03-01', 'month', '2015-03'],
    ['2015-03-07', 'day', '2015-03-07'],
  ] as const)('rebuilds %s with precision %s as %s', (start, precision, text) => {
    expect(partialDateFromStorage(start, precision)).toEqual(parsePartialDate(text));
    expect(formatPartialDate(start, precision)).toBe(text);
  });

  it.each([
    ['2015-03-01', 'year', 'is not the first day of its year'],
    ['2015-03-07', 'month', 'is not the first day of its month'],
    ['2015-02-30', 'day', 'is not a valid YYYY-MM-DD date'],
    ['2015-03', 'month', 'is not a valid YYYY-MM-DD date'],
    ['2015-03-01', 'week', 'has an unknown precision'],
  ])('rejects %s with precision %s', (start, precision, why) => {
    const call = () => partialDateFromStorage(start, precision as 'day');
    expect(call).toThrow(InvalidPartialDateError);
    expect(call).toThrow(`stored date "${start}" with precision "${precision}" ${why}`);
  });

  it('storedPartialDates builds each date once, with the same answers and refusals', () => {
    const stored = storedPartialDates();
    const march = stored('2015-03-01', 'month');
    expect(march).toEqual(partialDateFromStorage('2015-03-01', 'month'));
    expect(stored('2015-03-01', 'month')).toBe(march);
    expect(stored('2015-03-01', 'day')).toEqual(parsePartialDate('2015-03-01'));
    expect(() => stored('2015-03-07', 'month')).toThrow(InvalidPartialDateError);
  });

  it('formatOptionalPartialDate formats a stored pair and passes an absent date through as null', () => {
    expect(formatOptionalPartialDate('2024-08-01', 'month')).toBe('2024-08');
    expect(formatOptionalPartialDate(null, null)).toBeNull();
  });
});

describe('ordering', () => {
  it('ranks precisions coarse to fine', () => {
    const ranks = [precisionRank('year'), precisionRank('month'), precisionRank('day')];
    expect(ranks).toEqual([1, 2, 3]);
  });

  it('orders by period start, then coarser first on ties', () => {
    const shuffled = ['2015-03-01', '2016', '2015', '2014-12-31', '2015-03'].map(p);
    expect(shuffled.sort(comparePartialDates).map((date) => date.text)).toEqual([
      '2014-12-31',
      '2015',
      '2015-03',
      '2015-03-01',
      '2016',
    ]);
  });

  it('puts 2015 before 2015-01 before 2015-01-01 (same start)', () => {
    const sorted = ['2015-01-01', '2015-01', '2015'].map(p).sort(comparePartialDates);
    expect(sorted.map((date) => date.text)).toEqual(['2015', '2015-01', '2015-01-01']);
    expect(comparePartialDates(p('2015'), p('2015'))).toBe(0);
  });
});

describe('liesWithin, overlaps and isImpreciseFor (from=2015-06&to=2015-06)', () => {
  const from = p('2015-06');
  const to = p('2015-06');

  it.each([
    ['2015-06-12', true, true],
    ['2015-06', true, true],
    ['2015-06-01', true, true],
    ['2015-06-30', true, true],
    ['2015', false, true],
    ['2015-07-01', false, false],
    ['2015-05-31', false, false],
    ['2014', false, false],
  ])('%s: within %s, overlaps %s', (text, within, overlapping) => {
    expect(liesWithin(p(text), from, to)).toBe(within);
    expect(overlaps(p(text), from, to)).toBe(overlapping);
    expect(isImpreciseFor(p(text), from, to)).toBe(overlapping && !within);
  });

  it('treats a missing bound as open', () => {
    expect(liesWithin(p('2015'), p('2015-06'))).toBe(false);
    expect(liesWithin(p('2016'), p('2015-06'))).toBe(true);
    expect(liesWithin(p('2015'), undefined, p('2015-06'))).toBe(false);
    expect(overlaps(p('2015'), undefined, p('2015-06'))).toBe(true);
    expect(liesWithin(p('1999'))).toBe(true);
    expect(overlaps(p('1999'))).toBe(true);
  });

  it('takes a coarse range bound as its whole period (to=2015 ends 2015-12-31)', () => {
    expect(liesWithin(p('2015-12-31'), p('2015'), p('2015'))).toBe(true);
    expect(liesWithin(p('2015'), p('2015'), p('2015'))).toBe(true);
  });
});

describe('periodKey', () => {
  it.each([
    ['2024', 'year', '2024'],
    ['2024', 'quarter', null],
    ['2024', 'month', null],
    ['2024-08', 'year', '2024'],
    ['2024-08', 'quarter', '2024-Q3'],
    ['2024-08', 'month', '2024-08'],
    ['2024-08-15', 'year', '2024'],
    ['2024-08-15', 'quarter', '2024-Q3'],
    ['2024-08-15', 'month', '2024-08'],
    ['2024-01-01', 'quarter', '2024-Q1'],
    ['2024-03-31', 'quarter', '2024-Q1'],
    ['2024-04', 'quarter', '2024-Q2'],
    ['2024-12-31', 'quarter', '2024-Q4'],
  ] as const)('%s by %s is %s', (text, interval, key) => {
    expect(periodKey(p(text), interval)).toBe(key);
  });
});

describe('periodsBetween', () => {
  it('lists quarters across a year boundary', () => {
    expect(periodsBetween('2023-11-15', '2024-04', 'quarter')).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
  });

  it('lists months across a year boundary', () => {
    expect(periodsBetween('2023-11', '2024-02-10', 'month')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });

  it('lists years, and takes a coarse `to` as its whole period', () => {
    expect(periodsBetween('2014-06-01', '2016', 'year')).toEqual(['2014', '2015', '2016']);
    expect(periodsBetween('2015', '2015', 'quarter')).toEqual(['2015-Q1', '2015-Q2', '2015-Q3', '2015-Q4']);
  });

  it('is a single period when both ends fall in it, and empty when from is after to', () => {
    expect(periodsBetween('2024-08-01', '2024-08-31', 'month')).toEqual(['2024-08']);
    expect(periodsBetween('2025', '2024', 'year')).toEqual([]);
  });

  it('stops at the last representable period', () => {
    expect(periodsBetween('9999-11', '9999', 'month')).toEqual(['9999-11', '9999-12']);
  });

  it('names the bad bound', () => {
    expect(() => periodsBetween('2015', '2015-13', 'month')).toThrow(
      expect.objectContaining({ parameter: 'to', code: 'invalid_partial_date' }),
    );
  });
});

describe('periodStart and periodEnd', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
  ])('%s runs from %s to %s', (label, start, end) => {
    expect(periodStart(label)).toBe(start);
    expect(periodEnd(label)).toBe(end);
  });

  it('round-trips with periodKey', () => {
    const date = p('2024-08-15');
    for (const interval of ['year', 'quarter', 'month'] as const) {
      const label = periodKey(date, interval) as string;
      expect(liesWithin(date, p(periodStart(label)), p(periodEnd(label)))).toBe(true);
    }
  });

  it.each(['2024-Q5', '2024-Q0', '2024-13', '24', '2024-08-01', ''])('rejects %j', (label) => {
    expect(() => periodStart(label)).toThrow(InvalidInputError);
    expect(() => periodStart(label)).toThrow(JSON.stringify(label));
  });
});

describe('todayPartialDate', () => {
  it('is the UTC day at day precision', () => {
    expect(todayPartialDate(new Date('2025-05-19T23:30:00-05:00'))).toEqual(p('2025-05-20'));
    expect(todayPartialDate(new Date('2025-05-19T00:00:00Z')).text).toBe('2025-05-19');
  });

  it('defaults to now', () => {
    expect(todayPartialDate().text).toBe(new Date().toISOString().slice(0, 10));
  });
});
