/**
 * action_type (free text as researched) -> measure (controlled vocabulary of DESIGN.md §3).
 *
 * The key is the action without its bracketed detail; the detail ("office closure", "bank
 * accounts", ...) does not change the measure and is kept in notes as "Action as researched: …".
 */
import type { Measure } from '../../src/domain/vocabularies';

export const MEASURE_BY_ACTION: Readonly<Record<string, Measure>> = {
  'undesirable designation': 'undesirable_designation',
  'foreign agent designation': 'foreign_agent_designation',
  'terrorist designation': 'terrorist_designation',
  sanctions: 'sanctions',
  liquidation: 'liquidation',
  // Russia 8 Apr 2022 (branches struck from the MoJ register), Nicaragua (legal status cancelled)
  // and Hong Kong (struck off the Companies Register): in every case the state withdrew the legal
  // registration; the office closing is the consequence, so the measure is the revocation.
  'registration revoked': 'registration_revoked',
  // Golos 2013: the Ministry of Justice suspended the association's activity for six months.
  suspension: 'suspension',
  'asset freeze': 'asset_freeze',
  // Compassion International: placed on the FCRA "prior permission" list, i.e. every foreign
  // transfer needs approval; the registration itself was not cancelled.
  'funding restriction': 'funding_restriction',
  // Greenpeace India 2015: FCRA registration suspended for 180 days; the freeze of 7 bank accounts
  // came with the same order and is kept in notes, not made a second designation.
  'licence suspended': 'licence_suspended',
  // Includes Oxfam India, whose FCRA renewal was refused: the effect is the same as a cancellation
  // (no valid licence) and the detail "renewal refused" stays in notes.
  'licence cancelled': 'licence_cancelled',
  // West Bank, 18 Aug 2022: military closure orders against the offices; no registration act.
  'office closure': 'office_closure',
};

export interface ReadAction {
  measure: Measure;
  /** The researched action text when it carried a bracketed detail, for notes; else undefined. */
  detail?: string;
}

export function readActionType(actionType: string): ReadAction {
  const base = actionType.replace(/\s*\(.*\)\s*$/, '').trim();
  const measure = MEASURE_BY_ACTION[base];
  if (!measure) throw new Error(`No measure for action_type "${actionType}"; add it to MEASURE_BY_ACTION`);
  return base === actionType ? { measure } : { measure, detail: actionType };
}
