/** The summary of a precedent answer: counts per kind and the earliest comparable case. Pure. */
import { comparePartialDates, parsePartialDate } from '../partial-date';
import type { Measure } from '../vocabularies';
import { PRECEDENT_KINDS, PrecedentKind } from './precedent-kinds';

interface Summarized {
  kind: PrecedentKind;
  designation: { id: string; measure: Measure; decided_on: string };
}

/** How many precedents each kind has (by their strongest kind, so they add up to the total); every kind is listed. */
export function countByKind(precedents: readonly Summarized[]): Record<PrecedentKind, number> {
  const counts = Object.fromEntries(PRECEDENT_KINDS.map((kind) => [kind, 0])) as Record<PrecedentKind, number>;
  for (const precedent of precedents) counts[precedent.kind] += 1;
  return counts;
}

/**
 * The earliest precedent (by decided date, coarser first, then id) with the case's measure, in any
 * jurisdiction; with no measure to compare (no case and no `measure`), the earliest precedent.
 */
export function earliestComparable<Precedent extends Summarized>(
  precedents: readonly Precedent[],
  measure: Measure | null,
): Precedent | null {
  const comparable = precedents.filter((precedent) => measure === null || precedent.designation.measure === measure);
  const byDate = (a: Precedent, b: Precedent) =>
    comparePartialDates(parsePartialDate(a.designation.decided_on), parsePartialDate(b.designation.decided_on)) ||
    (a.designation.id < b.designation.id ? -1 : 1);
  return [...comparable].sort(byDate)[0] ?? null;
}
