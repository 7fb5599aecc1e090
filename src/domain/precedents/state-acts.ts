/**
 * What counts as a use of a law when ordinals ("the 63rd organization acted against under
 * Russia's Undesirable organizations law") and first uses are counted: state acts. An
 * organization's closure under pressure and a deregistration announced but never put into force
 * (the `not_state_acts` measure group) are recorded under the law they invoke, but they are not
 * the state using it, so they are left out of the count, and the answer says how many were.
 *
 * Unless the case itself is one of them: the question is then about such a measure, and nothing
 * is left out (the case is counted among every designation under the law, its own kind included).
 * Pure: no I/O. The queries (src/queries/precedents/jurisdiction-candidates.ts, queries/laws.ts)
 * apply the measures this returns.
 */
import type { Measure } from '../vocabularies';
import { MEASURE_GROUPS } from './measure-groups';

export type NotStateAct = (typeof MEASURE_GROUPS.not_state_acts)[number];

export const NOT_STATE_ACTS: readonly NotStateAct[] = MEASURE_GROUPS.not_state_acts;

export function isStateAct(measure: Measure): boolean {
  return !(NOT_STATE_ACTS as readonly Measure[]).includes(measure);
}

/**
 * The measures an ordinal or a list of first uses leaves out, for a case of `caseMeasures`: those
 * that are not state acts, unless every one of the case's measures is one of them. No measure at
 * all (a law's page, precedents asked for by law alone) counts state acts only.
 */
export function measuresLeftOut(caseMeasures: readonly Measure[]): readonly NotStateAct[] {
  const caseIsNotAStateAct = caseMeasures.length > 0 && caseMeasures.every((measure) => !isStateAct(measure));
  return caseIsNotAStateAct ? [] : NOT_STATE_ACTS;
}

/** How many designations of one left-out measure a count did not count. */
export interface LeftOutCount {
  measure: NotStateAct;
  count: number;
}

/** The counts worth saying (count above 0), in the vocabulary's order. */
export function leftOutCounts(rows: readonly { measure: string; count: number }[]): LeftOutCount[] {
  return NOT_STATE_ACTS.flatMap((measure) => {
    const count = rows.filter((row) => row.measure === measure).reduce((sum, row) => sum + Number(row.count), 0);
    return count > 0 ? [{ measure, count }] : [];
  });
}
