import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { comparableFilters, shareOf } from '../../src/domain/coverage-comparison';
import { classifyScope, comparisonFor, describeComparison, SCOPE_KINDS } from '../../src/domain/coverage-scope';
import { parsePartialDate } from '../../src/domain/partial-date';

const REGISTER =
  'the Ministry of Justice register of non-commercial organizations performing the functions of a foreign agent';

// scope (as the research writes it) -> kind. Most are real scopes of seeds/research/known-totals.csv.
const KINDS: [scope: string, kind: string][] = [
  [`NGOs entered (ever) on ${REGISTER} (2012-2022 register)`, 'cumulative'],
  [
    'associations (dernek) closed by state-of-emergency decree-laws (KHK) after the July 2016 coup attempt (cumulative)',
    'cumulative',
  ],
  [
    'non-profit organizations (NGOs, associations, foundations, incl. foreign NGOs) whose legal personality or ' +
      'registration was cancelled since Dec 2018 (cumulative)',
    'cumulative',
  ],
  ["organizations declared undesirable by the Prosecutor General's Office from 1 Jan 2022", 'cumulative'],
  ['NGOs banned (closed by decree or suspended) under emergency rule since 15 Jul 2016', 'cumulative'],
  [
    'Russian non-commercial legal entities (NGOs by legal form: ANO, fund, public organization, etc.) newly ' +
      'entered on the unified foreign-agent register, 1 Dec 2022 - 2 Feb 2024',
    'cumulative',
  ],
  [
    'entries ever made on the unified Ministry of Justice register of foreign agents (from 1 Dec 2022; all kinds ' +
      'together, incl. entries carried over from the earlier registers and entries since excluded)',
    'cumulative',
  ],
  [`NGOs currently on ${REGISTER} (2012-2022 register)`, 'current'],
  [
    'entries currently in force (not excluded) on the unified Ministry of Justice register of foreign agents (all kinds together)',
    'current',
  ],
  [
    'associations (dernek) closed by state-of-emergency decree-laws (KHK) after the July 2016 coup attempt ' +
      '(cumulative) - net of reopenings',
    'current',
  ],
  [
    'entries on the Ministry of Justice list of foreign and international non-governmental organizations whose ' +
      'activities are recognized as undesirable in the Russian Federation',
    'current',
  ],
  [`NGOs added during 2014 to ${REGISTER}`, 'in_year'],
  [
    'organizations added during the calendar year to the Ministry of Justice list of undesirable foreign and ' +
      'international organizations (2020)',
    'in_year',
  ],
  ["foreign and international NGOs declared undesirable by the Prosecutor General's Office during 2022", 'in_year'],
  [
    'exclusions of NGO entries from the foreign-agent register (entries made under art. 32 of Law 7-FZ and later ' +
      'removed, incl. after Dec 2022)',
    'other',
  ],
  [
    'non-profit organizations whose legal personality was cancelled in the single ministerial agreement 38-2024-OSFL of 19 Aug 2024',
    'other',
  ],
  ['associations closed by decree-law No. 677 of 22 Nov 2016', 'other'],
  [
    'associations whose activities were suspended by provincial governors on Interior Ministry instruction under ' +
      'art. 11 of the State of Emergency Law, 11 Nov 2016',
    'other',
  ],
  ['', 'other'],
  [
    'unregistered public associations entered on the Ministry of Justice register of unregistered public ' +
      'associations performing the functions of a foreign agent (art. 29.1 of Law 82-FZ, 2021-2022)',
    'other',
  ],
  [
    'legal entities (Russian and foreign, incl. media companies) currently on the unified Ministry of Justice register of foreign agents',
    'other',
  ],
];

// scope, as_of -> the designations it compares with, in words.
const COMPARISONS: [scope: string, asOf: string, compared: string][] = [
  [`NGOs entered (ever) on ${REGISTER}`, '2015-05-13', 'decided by 2015-05-13'],
  ['organizations cancelled since Dec 2018 (cumulative)', '2022-03-17', 'decided from 2018-12 to 2022-03-17'],
  [
    "organizations declared undesirable by the Prosecutor General's Office from 1 Jan 2022",
    '2022-08-04',
    'decided from 2022-01-01 to 2022-08-04',
  ],
  [
    'religious organizations whose legal personality was cancelled since 2018',
    '2024-08-20',
    'decided from 2018 to 2024-08-20',
  ],
  [
    'NGOs newly entered on the unified foreign-agent register, 1 Dec 2022 - 2 Feb 2024',
    '2024-02-02',
    'decided from 2022-12-01 to 2024-02-02',
  ],
  // The start in parentheses describes the register (it carried older entries over): no start.
  [
    'entries ever made on the unified register (from 1 Dec 2022; incl. entries carried over)',
    '2023-12-31',
    'decided by 2023-12-31',
  ],
  [`NGOs currently on ${REGISTER} (2012-2022 register)`, '2021-02', 'in force on 2021-02'],
  [`NGOs added during 2014 to ${REGISTER}`, '2014', 'decided in 2014'],
  ['NGOs (non-commercial organizations) added as foreign agents during 2022', '2022', 'decided in 2022'],
  ['organizations added during the calendar year to the list (2023)', '2023', 'decided in 2023'],
  // Counted before the year was over: up to the as-of date.
  ['organizations added during the calendar year to the list (2024)', '2024-12-24', 'decided from 2024 to 2024-12-24'],
  // No year in the words: the as-of date's year.
  ['organizations added during the calendar year', '2019-12-31', 'decided in 2019'],
  [
    'associations closed by decree-law No. 677 of 22 Nov 2016',
    '2016-11-22',
    'nothing in the record compares with this scope',
  ],
];

describe('the coverage rule: a scope in words -> what it counted', () => {
  it.each(KINDS)('%s -> %s', (scope, kind) => {
    expect(classifyScope(scope)).toBe(kind);
  });

  it.each(COMPARISONS)('%s, as of %s -> %s', (scope, asOf, compared) => {
    expect(describeComparison(comparisonFor(scope, parsePartialDate(asOf)))).toBe(compared);
  });

  it('every scope of the research file is read, and each kind occurs', () => {
    const rows: Record<string, string>[] = parse(
      fs.readFileSync(path.resolve(__dirname, '../../seeds/research/known-totals.csv')),
      { columns: true },
    );
    const kinds = rows.map((row) => classifyScope(row.scope));
    expect(new Set(kinds)).toEqual(new Set(SCOPE_KINDS));
    expect(kinds.filter((kind) => kind === 'other')).toHaveLength(7);
  });
});

describe('comparable designations as the common filters', () => {
  const asOf = parsePartialDate('2016-12-31');
  it.each([
    ['current', { kind: 'current', inForceOn: asOf }, { imprecise: 'exclude', asOf }],
    [
      'cumulative',
      { kind: 'cumulative', decidedFrom: null, decidedTo: asOf },
      { imprecise: 'include', from: undefined, to: asOf },
    ],
    [
      'in_year',
      { kind: 'in_year', decidedFrom: parsePartialDate('2016'), decidedTo: parsePartialDate('2016') },
      { imprecise: 'include', from: parsePartialDate('2016'), to: parsePartialDate('2016') },
    ],
  ] as const)('%s', (_kind, comparison, expected) => {
    expect(comparableFilters('RU', 'foreign_agent_designation', comparison)).toEqual({
      jurisdictions: ['RU'],
      measures: ['foreign_agent_designation'],
      family: false,
      ...expected,
    });
  });
});

describe('a share, read by how the count was stated', () => {
  it.each([
    [3, 11, 'exact', { share: 0.2727, share_kind: 'exact' }],
    [70, 3500, 'at_least', { share: 0.02, share_kind: 'at_most' }],
    [250, 500, 'approximately', { share: 0.5, share_kind: 'approximately' }],
    [0, 29, 'exact', { share: 0, share_kind: 'exact' }],
    [12, 11, 'exact', { share: 1.0909, share_kind: 'exact' }],
  ] as const)('%i of %i (%s)', (held, count, countKind, expected) => {
    expect(shareOf(held, count, countKind)).toEqual(expected);
  });

  it('refuses a count that is not positive', () => {
    expect(() => shareOf(1, 0, 'exact')).toThrow(RangeError);
  });
});
