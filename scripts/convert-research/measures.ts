/**
 * action_type (free text as researched) -> measure (the controlled vocabulary of
 * src/domain/vocabularies.ts), or "this row ends an earlier designation".
 *
 * The key is the action without its bracketed detail; the detail ("office closure", "bank
 * accounts", ...) does not change the measure and is kept in notes as "Action as researched: …".
 * Two rules read more than the action cell, because the research marks these cases in the notes
 * or in its README rather than in action_type: see ownClosureUnderPressure and NOT_IN_FORCE_EVENTS.
 */
import type { Measure } from '../../src/domain/vocabularies';
import type { ResearchRow } from './research-rows';

export const MEASURE_BY_ACTION: Readonly<Record<string, Measure>> = {
  'undesirable designation': 'undesirable_designation',
  'foreign agent designation': 'foreign_agent_designation',
  'extremist designation': 'extremist_designation',
  // Free Russia Forum, Oct 2025: put on Rosfinmonitoring's list of organizations "involved in
  // extremist activity or terrorism"; the list's effect is a labelling, its detail stays in notes.
  'listing as extremist/terrorist': 'extremist_designation',
  'terrorist designation': 'terrorist_designation',
  sanctions: 'sanctions',
  ban: 'ban',
  liquidation: 'liquidation',
  expulsion: 'expulsion',
  // Russia 8 Apr 2022 (branches struck from the MoJ register), Nicaragua (legal status cancelled)
  // and Hong Kong (struck off the Companies Register): in every case the state withdrew the legal
  // registration; the office closing is the consequence, so the measure is the revocation.
  'registration revoked': 'registration_revoked',
  suspension: 'suspension',
  'asset freeze': 'asset_freeze',
  // Compassion International: placed on the FCRA "prior permission" list, i.e. every foreign
  // transfer needs approval; the registration itself was not cancelled.
  'funding restriction': 'funding_restriction',
  // Greenpeace India 2015: FCRA registration suspended for 180 days; the freeze of 7 bank accounts
  // came with the same order and is kept in notes, not made a second designation.
  'licence suspended': 'licence_suspended',
  // Includes renewals refused: the effect is the same as a cancellation (no valid licence) and
  // the detail "renewal refused" stays in notes.
  'licence cancelled': 'licence_cancelled',
  // West Bank, 18 Aug 2022: military closure orders against the offices; no registration act.
  'office closure': 'office_closure',
  other: 'other',
  // Not a designation: the row ends a foreign-agent listing (register-exclusions.ts). Its measure
  // is the one it ends, so its facts read like the listing's.
  'foreign agent register exclusion': 'foreign_agent_designation',
};

/** File 6: a row of this action ends the foreign-agent listing its notes name; it is no designation. */
export const REGISTER_EXCLUSION_ACTION = 'foreign agent register exclusion';

/**
 * Deregistrations announced but never put into force. Zimbabwe, Jan 2023: the list of 291 PVOs
 * "de-registered" was disowned by the minister four days later and not gazetted (research
 * README, "Known caveats"). Matched by jurisdiction, law and month of the announcement.
 */
export const NOT_IN_FORCE_EVENTS: readonly { jurisdiction: string; lawShort: string; month: string }[] = [
  { jurisdiction: 'ZW', lawShort: 'Private Voluntary Organisations Act', month: '2023-01' },
];

/**
 * The research records as `other` the dissolutions "at the organization's request" (Nicaragua:
 * "Cancellation approved as 'voluntary dissolution'") and the closures an organization made
 * itself under pressure ("Action = forced self-closure", "forced self-suspension"). Both are kept
 * apart as self_closure_under_pressure: no state act ordered them.
 */
const OWN_CLOSURE_UNDER_PRESSURE = /'voluntary dissolution'|Action = forced self-(closure|suspension)/;

/** The measures of actions that are not plain state acts (migration 20261207090000). */
export const KEPT_APART_MEASURES: readonly string[] = ['self_closure_under_pressure', 'deregistration_announced'];

export interface ReadAction {
  measure: Measure;
  /** The researched action text when it carried a bracketed detail, for notes; else undefined. */
  detail?: string;
}

export function isRegisterExclusion(row: ResearchRow): boolean {
  return row.action_type === REGISTER_EXCLUSION_ACTION;
}

export function readActionType(row: ResearchRow): ReadAction {
  const base = row.action_type.replace(/\s*\(.*\)\s*$/, '').trim();
  const measure = MEASURE_BY_ACTION[base];
  if (!measure) throw new Error(`No measure for action_type "${row.action_type}"; add it to MEASURE_BY_ACTION`);
  const detail = base === row.action_type ? undefined : row.action_type;
  const kept = keptApart(row, measure);
  if (kept) return { measure: kept, detail: row.action_type };
  return detail === undefined ? { measure } : { measure, detail };
}

function keptApart(row: ResearchRow, measure: Measure): Measure | undefined {
  if (measure === 'other' && OWN_CLOSURE_UNDER_PRESSURE.test(row.notes)) return 'self_closure_under_pressure';
  const notInForce = NOT_IN_FORCE_EVENTS.some(
    (event) =>
      event.jurisdiction === row.country_iso2 && event.lawShort === row.law_short && row.date.startsWith(event.month),
  );
  return notInForce && measure === 'registration_revoked' ? 'deregistration_announced' : undefined;
}
