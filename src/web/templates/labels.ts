/** Words for the controlled vocabularies and numbers, as a reader sees them. */
import { jurisdictionName } from '../../domain/jurisdictions';
import type { TimelineEventKind } from '../../domain/timeline-events';
import { formatCount } from '../../domain/count-format';

// The web pages take it from here with the other labels.
export { formatCount };

// Where the snake_case value does not read as English once spaced out, or must say more: the two
// measures that are not state acts say so wherever a measure is shown.
const SPECIAL_LABELS: Record<string, string> = {
  ngo: 'NGO',
  international_org: 'International organization',
  self_closure_under_pressure: 'Self-closure under pressure (not a state act)',
  deregistration_announced: 'Deregistration announced, never in force (not a state act)',
};

/** `undesirable_designation` -> `Undesirable designation`: the vocabularies are English snake_case. */
export function vocabularyLabel(value: string): string {
  if (SPECIAL_LABELS[value]) return SPECIAL_LABELS[value];
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `1 designation`, `12 designations`. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** A list's match count: `12 designations`, or `more than 10,000 designations` when it was capped. */
export function matchCount(list: { total: number; total_capped: boolean }): string {
  return `${list.total_capped ? 'more than ' : ''}${countOf(list.total, 'designation')}`;
}

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const EVENT_LABELS: Record<TimelineEventKind, string> = {
  decided: 'Decided',
  listed: 'Listed on a register',
  ended: 'Ended',
};

/** An ISO 3166-1 code as its English name, the code itself when the library does not know it. */
export function countryName(code: string): string {
  return jurisdictionName(code);
}

/** `2015-04-09 to 2024-01-10`, or `on 2019-12-02` when both ends are the same day. */
export function dateSpan(first: string | null, latest: string | null): string {
  if (first === null || latest === null) return '';
  return first === latest ? `on ${first}` : `${first} to ${latest}`;
}
