/**
 * "Similar" measures for peer precedents: measures that do the same kind of harm to an
 * organization fall in one group, so an undesirable designation has foreign-agent and terrorist
 * designations as peers, and a revoked registration has liquidations and office closures.
 */
import type { Measure } from '../vocabularies';

export const MEASURE_GROUPS = {
  /** A stigmatizing legal label that criminalizes or restricts working with the organization. */
  labelling: ['undesirable_designation', 'foreign_agent_designation', 'extremist_designation', 'terrorist_designation'],
  /** The organization (or its unit) may no longer exist or operate there. */
  shutdown: ['ban', 'liquidation', 'registration_revoked', 'licence_cancelled', 'office_closure', 'expulsion'],
  /** It may go on existing, with its activities or money held back for a time. */
  restriction: ['suspension', 'licence_suspended', 'funding_restriction'],
  /** Measures against its money or its people's, often from abroad. */
  financial: ['sanctions', 'asset_freeze'],
  /** `other` is too vague to be similar to anything but itself. */
  other: ['other'],
  /** Not plain state acts (a closure under pressure, a deregistration never put into force). */
  not_state_acts: ['self_closure_under_pressure', 'deregistration_announced'],
} as const satisfies Record<string, readonly Measure[]>;
export type MeasureGroup = keyof typeof MEASURE_GROUPS;

export function measureGroupOf(measure: Measure): MeasureGroup {
  const group = (Object.keys(MEASURE_GROUPS) as MeasureGroup[]).find((name) =>
    (MEASURE_GROUPS[name] as readonly Measure[]).includes(measure),
  );
  if (group === undefined) throw new Error(`measure ${measure} belongs to no measure group`);
  return group;
}

/** Every measure in the groups of `measures`, the measures themselves included, in vocabulary-group order. */
export function similarMeasures(measures: readonly Measure[]): Measure[] {
  const groups = new Set(measures.map(measureGroupOf));
  return [...groups].flatMap((group) => [...MEASURE_GROUPS[group]]);
}
