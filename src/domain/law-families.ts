/**
 * What each law family means (docs/design.md "Vocabularies"; docs/data.md "Law families" gives the
 * reasons for each seed law's family), and the order of a family's spread across jurisdictions.
 * Pure: no I/O.
 */
import { comparePartialDates, parsePartialDate } from './partial-date';
import type { LawFamily } from './vocabularies';

export interface LawFamilyDescription {
  /** A heading: "Foreign agent laws". */
  label: string;
  /** One sentence: what puts a law in the family. */
  definition: string;
  /** The family as a noun phrase with its article, for sentences: "a foreign-agent law". */
  lawPhrase: string;
}

export const LAW_FAMILY_DESCRIPTIONS: Record<LawFamily, LawFamilyDescription> = {
  foreign_agent: {
    label: 'Foreign agent laws',
    definition:
      'Registration or labelling of organizations that receive foreign support, ' +
      'as "foreign agents", "foreign representatives" or the like.',
    lawPhrase: 'a foreign-agent law',
  },
  undesirable_foreign_organization: {
    label: 'Undesirable foreign organization laws',
    definition:
      'Bans on foreign or international organizations declared a threat, which make taking part in them an offence.',
    lawPhrase: 'an undesirable-organizations law',
  },
  extremism: {
    label: 'Extremism laws',
    definition: 'Laws that let the state declare an organization "extremist" and ban it or its symbols.',
    lawPhrase: 'an extremism law',
  },
  terrorism: {
    label: 'Terrorism laws',
    definition: 'Counter-terrorism laws that designate organizations as terrorist, or freeze their assets as such.',
    lawPhrase: 'a terrorism law',
  },
  foreign_funding: {
    label: 'Foreign funding laws',
    definition: "Caps, approvals, licences or bans on foreign money for organizations (such as India's FCRA).",
    lawPhrase: 'a foreign-funding law',
  },
  ngo_registration: {
    label: 'NGO registration laws',
    definition:
      'Registration, re-registration, suspension and dissolution of associations, NGOs and other registered entities.',
    lawPhrase: 'an NGO registration law',
  },
  national_security: {
    label: 'National security laws',
    definition: 'National security laws, states of emergency, emergency decrees and military orders.',
    lawPhrase: 'a national security law',
  },
  financial_or_tax: {
    label: 'Financial and tax laws',
    definition: 'Anti-money-laundering, currency, banking and tax laws used against organizations.',
    lawPhrase: 'a financial or tax law',
  },
  other: {
    label: 'Other laws',
    definition: 'Laws of no family above, such as civil and criminal codes and electoral laws.',
    lawPhrase: 'a law of no particular family',
  },
};

/**
 * The diffusion order of a family's jurisdictions: by the date of their first use (their earliest
 * state act under a law of the family), the earlier partial date first (`2013` before `2013-07`
 * before `2013-07-21`, as everywhere), ties by code; jurisdictions with laws of the family but no
 * state act under them come last, by code.
 */
export function compareFirstUses(
  a: { code: string; firstUsedOn: string | null },
  b: { code: string; firstUsedOn: string | null },
): number {
  if (a.firstUsedOn === null || b.firstUsedOn === null) {
    if (a.firstUsedOn !== b.firstUsedOn) return a.firstUsedOn === null ? 1 : -1;
    return a.code.localeCompare(b.code);
  }
  return (
    comparePartialDates(parsePartialDate(a.firstUsedOn), parsePartialDate(b.firstUsedOn)) ||
    a.code.localeCompare(b.code)
  );
}
