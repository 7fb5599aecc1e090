/**
 * From a known total's comparison (see coverage-scope.ts) to the designation filters that count
 * what the record holds of it, and from that held count to a share. Pure: no I/O.
 */
import type { Comparison } from './coverage-scope';
import type { DesignationFilters } from './designation-filters';
import type { CountKind, Measure } from './vocabularies';
import { formatCount } from './count-format';

/**
 * The common filters (the ones /designations takes) that select the comparable designations, so
 * the coverage counts follow exactly the rules of every other count: `as_of` for what is in force,
 * from/to with `imprecise=include` for what was decided in a range (a decided period that overlaps
 * the range counts, which at the upper end is the `as_of` rule "decided on or before").
 */
export function comparableFilters(jurisdiction: string, measure: Measure, comparison: Comparison): DesignationFilters {
  const base = { jurisdictions: [jurisdiction], measures: [measure], family: false };
  if (comparison.kind === 'current') return { ...base, imprecise: 'exclude', asOf: comparison.inForceOn };
  return { ...base, imprecise: 'include', from: comparison.decidedFrom ?? undefined, to: comparison.decidedTo };
}

/**
 * How to read a share, from how the count was stated: of an exact count, it is the share; of
 * "at least N" the true total may be larger, so held / N is the most the share can be; of "about
 * N" it is about that.
 */
export const SHARE_KINDS = ['exact', 'at_most', 'approximately'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

const SHARE_KIND_OF: Record<CountKind, ShareKind> = {
  exact: 'exact',
  at_least: 'at_most',
  approximately: 'approximately',
};

/**
 * Four decimals: a hundredth of a percent, no float noise (0.27272727… -> 0.2727). Above 1 when the
 * record holds more than the source counted.
 */
export function shareOf(held: number, count: number, countKind: CountKind): { share: number; share_kind: ShareKind } {
  if (!(count > 0)) throw new RangeError(`a known total's count must be positive, got ${count}`);
  return { share: Math.round((held / count) * 10_000) / 10_000, share_kind: SHARE_KIND_OF[countKind] };
}

// Made at first use, as formatCount's (count-format.ts).
let percentFormat: Intl.NumberFormat | undefined;
const percentFormatter = () =>
  (percentFormat ??= new Intl.NumberFormat('en', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }));

/** `3,026`, `at least 87`, `about 500`: a count as the source stated it (the web page and the CLI). */
export function countInWords(count: number, countKind: CountKind): string {
  const number = formatCount(count);
  return countKind === 'at_least' ? `at least ${number}` : countKind === 'approximately' ? `about ${number}` : number;
}

/**
 * `6.7%`, `at most 2.0%` (of an "at least" count), `about 50.0%`. From the counts, not the rounded
 * share: 5 of 154 is 3.2%, though 0.0325 would print 3.3%.
 */
export function shareInWords(held: number, count: number, countKind: CountKind): string {
  const percent = percentFormatter().format(held / count);
  const kind = SHARE_KIND_OF[countKind];
  return kind === 'at_most' ? `at most ${percent}` : kind === 'approximately' ? `about ${percent}` : percent;
}
