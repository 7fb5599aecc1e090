/**
 * The English words explanations are built from: one phrase per vocabulary value, never per case,
 * so every sentence is written from the data. Pure: no I/O.
 */
import type { DatePrecision, Measure, OrganizationKind, ReasonTag } from '../vocabularies';
import type { LeftOutCount, NotStateAct } from './state-acts';

/** A measure as a verb phrase: `was` + participle ("was sanctioned") or `had` + object ("had its assets frozen"). */
interface MeasurePhrase {
  auxiliary: 'be' | 'have';
  rest: string;
}

const MEASURE_PHRASES: Record<Measure, MeasurePhrase> = {
  undesirable_designation: { auxiliary: 'be', rest: 'declared an undesirable organization' },
  foreign_agent_designation: { auxiliary: 'be', rest: 'designated a foreign agent' },
  extremist_designation: { auxiliary: 'be', rest: 'designated an extremist organization' },
  terrorist_designation: { auxiliary: 'be', rest: 'designated a terrorist organization' },
  sanctions: { auxiliary: 'be', rest: 'sanctioned' },
  ban: { auxiliary: 'be', rest: 'banned' },
  liquidation: { auxiliary: 'be', rest: 'ordered liquidated' },
  registration_revoked: { auxiliary: 'have', rest: 'its registration revoked' },
  licence_cancelled: { auxiliary: 'have', rest: 'its licence cancelled' },
  licence_suspended: { auxiliary: 'have', rest: 'its licence suspended' },
  suspension: { auxiliary: 'have', rest: 'its activities suspended' },
  asset_freeze: { auxiliary: 'have', rest: 'its assets frozen' },
  funding_restriction: { auxiliary: 'have', rest: 'its funding restricted' },
  office_closure: { auxiliary: 'have', rest: 'its offices closed' },
  expulsion: { auxiliary: 'be', rest: 'expelled' },
  other: { auxiliary: 'be', rest: 'acted against' },
  self_closure_under_pressure: { auxiliary: 'be', rest: 'pressed into closing itself' },
  deregistration_announced: { auxiliary: 'have', rest: 'its deregistration announced, never put into force' },
};

/** "was declared an undesirable organization", "had its registration revoked" */
export function measurePast(measure: Measure): string {
  const { auxiliary, rest } = MEASURE_PHRASES[measure];
  return `${auxiliary === 'be' ? 'was' : 'had'} ${rest}`;
}

/** "to be sanctioned", "to have its registration revoked" */
export function measureInfinitive(measure: Measure): string {
  const { auxiliary, rest } = MEASURE_PHRASES[measure];
  return `to ${auxiliary} ${rest}`;
}

/** The measures kept apart from state acts as counted nouns: one, many. */
const NOT_STATE_ACT_NOUNS: Record<NotStateAct, [one: string, many: string]> = {
  self_closure_under_pressure: ['closure under pressure', 'closures under pressure'],
  deregistration_announced: [
    'announced deregistration never put into force',
    'announced deregistrations never put into force',
  ],
};

/** "12 earlier closures under pressure and 1 earlier announced deregistration never put into force" (`qualifier` "earlier"). */
export function leftOutPhrase(counts: readonly LeftOutCount[], qualifier = ''): string {
  const before = qualifier === '' ? '' : `${qualifier} `;
  return listPhrase(
    counts.map(({ measure, count }) => `${count} ${before}${NOT_STATE_ACT_NOUNS[measure][count === 1 ? 0 : 1]}`),
  );
}

const KIND_NOUNS: Record<OrganizationKind, string> = {
  ngo: 'an NGO',
  foundation: 'a foundation',
  charity: 'a charity',
  media: 'a media organization',
  university: 'a university',
  think_tank: 'a think tank',
  religious: 'a religious organization',
  political: 'a political organization',
  international_org: 'an international organization',
  other: 'an organization',
};

export function kindNoun(kind: OrganizationKind): string {
  return KIND_NOUNS[kind];
}

const TAG_PHRASES: Record<ReasonTag, string> = {
  national_security: 'national security',
  constitutional_order: 'the constitutional order',
  election_interference: 'election interference',
  foreign_funding: 'foreign funding',
  discrediting_state: 'discrediting the state',
  support_for_enemy: 'support for the enemy',
  territorial_integrity: 'territorial integrity',
  economic_security: 'economic security',
  extremism: 'extremism',
  terrorism: 'terrorism',
  public_order: 'public order',
  registration_violation: 'registration violations',
  financial_violation: 'financial violations',
  not_stated: 'no stated reason',
};

export function tagPhrase(tag: ReasonTag): string {
  return TAG_PHRASES[tag];
}

/** "a", "a and b", "a, b and c" */
export function listPhrase(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Russia's", and "Bahamas'" for a name ending in s. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** "on 2022-04-08" for a day; "in 2024-08" or "in 2014" for a coarser date. */
export function datePhrase(date: string, precision: DatePrecision): string {
  return `${precision === 'day' ? 'on' : 'in'} ${date}`;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
// Made at first use: Intl's rules map ICU data into memory (docs/performance.md, "Idle memory").
let ordinalRules: Intl.PluralRules | undefined;
const ordinalSuffix = (position: number) =>
  ORDINAL_SUFFIXES[(ordinalRules ??= new Intl.PluralRules('en-US', { type: 'ordinal' })).select(position)];

/** News style: words up to ninth, then figures ("10th", "63rd"). */
export function ordinal(position: number): string {
  return ORDINAL_WORDS[position - 1] ?? `${position}${ordinalSuffix(position)}`;
}

/** "1 other organization", "12 other organizations" */
export function otherOrganizations(count: number): string {
  return `${count} other organization${count === 1 ? '' : 's'}`;
}
