/**
 * The coverage rule (docs/coverage.md): what a known total counted, read from the words of its
 * scope, and so which of the record's designations of the same jurisdiction and measure compare
 * with it. The scopes are free text written by researchers, so the rule is a short table of
 * signals, checked in order, and anything it does not recognize is `other`: shown with its count
 * and no share, rather than compared with the wrong set. Pure: no I/O.
 */
import { DateTime } from 'luxon';
import { parsePartialDate, PartialDate } from './partial-date';

export const SCOPE_KINDS = ['cumulative', 'current', 'in_year', 'other'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** The scope as written, and without its parenthesized remarks ("(2012-2022 register)", "(from 1 Dec 2022; ...)"). */
interface ScopeText {
  whole: string;
  outsideParentheses: string;
}

const DATE = String.raw`(?:\d{1,2}\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{4}`;
// A start written in the scope's own words: "since Dec 2018", "from 1 Jan 2022", "1 Dec 2022 - 2 Feb 2024".
// Remarks in parentheses describe the register ("from 1 Dec 2022; incl. entries carried over"),
// not where the count starts, so only the text outside them is read.
const STARTS = [
  new RegExp(String.raw`\b(?:since|from)\s+(${DATE})\b`, 'i'),
  new RegExp(String.raw`\b(${DATE})\s*[-–]\s*${DATE}\b`, 'i'),
];

/** One row of the rule: when the scope shows this, it is of this kind. */
export interface ScopeSignal {
  kind: ScopeKind;
  shows: (scope: ScopeText) => boolean;
  /** What the signal is, in the words docs/coverage.md uses. */
  description: string;
}

const has = (pattern: RegExp) => (scope: ScopeText) => pattern.test(scope.whole);

/** Checked in order; the first that shows decides. None: `other`. */
export const SCOPE_SIGNALS: ScopeSignal[] = [
  {
    kind: 'other',
    shows: has(/\bexclusions?\b/i),
    description: '"exclusion(s)": removals from a register, not designations',
  },
  {
    kind: 'other',
    shows: has(/\bsingle\b|\bno\.\s*\d/i),
    description: '"single" or "No. 677": the count of one act, not of a period',
  },
  {
    kind: 'other',
    shows: has(/\bunregistered\b|\bincl\. media\b/i),
    description:
      '"unregistered" or "incl. media": another register or a wider set than the NGO designations the record compares',
  },
  { kind: 'in_year', shows: has(/\bduring\b/i), description: '"during": additions in one calendar year' },
  {
    kind: 'current',
    shows: has(/\bcurrently\b|\bin force\b|\bnot excluded\b|\bnet of\b/i),
    description: '"currently", "in force", "not excluded", "net of": in force on the as-of date',
  },
  {
    kind: 'cumulative',
    shows: (scope) => /\bcumulative\b|\bever\b|\bentered\b/i.test(scope.whole) || countedFrom(scope) !== null,
    description:
      '"cumulative", "ever", "entered", or a start ("since Dec 2018", "from 1 Jan 2022", "1 Dec 2022 - 2 Feb 2024"): ' +
      'everything up to the as-of date',
  },
  {
    kind: 'current',
    shows: has(/\bon the\b[^()]*\b(?:list|register)\b/i),
    description: '"on the … list/register": the entries a list holds on the as-of date',
  },
];

function scopeText(scope: string): ScopeText {
  let outside = scope;
  // Innermost first, so nested remarks go too.
  while (/\([^()]*\)/.test(outside)) outside = outside.replace(/\([^()]*\)/g, ' ');
  return { whole: scope, outsideParentheses: outside };
}

export function classifyScope(scope: string): ScopeKind {
  const text = scopeText(scope);
  return SCOPE_SIGNALS.find((signal) => signal.shows(text))?.kind ?? 'other';
}

const START_FORMATS: [format: string, precision: 'day' | 'month' | 'year'][] = [
  ['d LLL yyyy', 'day'],
  ['d LLLL yyyy', 'day'],
  ['LLL yyyy', 'month'],
  ['LLLL yyyy', 'month'],
  ['yyyy', 'year'],
];

/** "15 Jul 2016" -> 2016-07-15, "Dec 2018" -> 2018-12, "2018" -> 2018; null when it is no date. */
function partialDateOfWords(words: string): PartialDate | null {
  const text = words.replace(/\./g, '').replace(/\s+/g, ' ').trim();
  for (const [format, precision] of START_FORMATS) {
    const date = DateTime.fromFormat(text, format, { locale: 'en', zone: 'utc' });
    if (!date.isValid) continue;
    const iso = date.toISODate();
    return parsePartialDate(precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4));
  }
  return null;
}

function countedFrom(scope: ScopeText): PartialDate | null {
  for (const pattern of STARTS) {
    const match = pattern.exec(scope.outsideParentheses);
    const start = match === null ? null : partialDateOfWords(match[1]);
    if (start !== null) return start;
  }
  return null;
}

/** The year an in-year count is about: "during 2014", else "(2020)", else the as-of date's year. */
function countedYear(scope: string, asOf: PartialDate): PartialDate {
  const year = /\bduring\s+(\d{4})\b/i.exec(scope)?.[1] ?? /\((\d{4})\)/.exec(scope)?.[1] ?? asOf.start.slice(0, 4);
  return parsePartialDate(year);
}

/**
 * Which designations compare with a known total: those decided in [decidedFrom, decidedTo]
 * (their decided period overlaps it, so a designation dated only `2016` counts for a count as of
 * 2016-11-11, as the `as_of` filter counts it), or those in force on `inForceOn` (decided by then
 * and not ended by then: the `as_of` filter itself). Null for `other`: nothing compares.
 */
export type Comparison =
  | { kind: 'cumulative' | 'in_year'; decidedFrom: PartialDate | null; decidedTo: PartialDate }
  | { kind: 'current'; inForceOn: PartialDate };

export function comparisonFor(scope: string, asOf: PartialDate): Comparison | null {
  const kind = classifyScope(scope);
  if (kind === 'other') return null;
  if (kind === 'current') return { kind, inForceOn: asOf };
  if (kind === 'cumulative') return { kind, decidedFrom: countedFrom(scopeText(scope)), decidedTo: asOf };
  const year = countedYear(scope, asOf);
  // A count made before its year was over ("during the calendar year (2024)" as of 2024-12-24) stops there.
  const endsInside = asOf.start >= year.start && asOf.end < year.end;
  return { kind, decidedFrom: year, decidedTo: endsInside ? asOf : year };
}

/** The comparison in words: "decided from 2018-12 to 2022-03-17", "in force on 2013-12-31". */
export function describeComparison(comparison: Comparison | null): string {
  if (comparison === null) return 'nothing in the record compares with this scope';
  if (comparison.kind === 'current') return `in force on ${comparison.inForceOn.text}`;
  const { decidedFrom, decidedTo } = comparison;
  if (decidedFrom === null) return `decided by ${decidedTo.text}`;
  if (decidedFrom.text === decidedTo.text) return `decided in ${decidedFrom.text}`;
  return `decided from ${decidedFrom.text} to ${decidedTo.text}`;
}
