/**
 * Registration numbers of organizations (organization_identifiers): what each scheme's numbers
 * look like, how they are labelled, and which scheme a bare number typed in a search could be.
 * Pure: no I/O.
 */
import { IDENTIFIER_SCHEMES, IdentifierScheme, isOneOf } from './vocabularies';

export interface OrganizationIdentifier {
  scheme: IdentifierScheme;
  value: string;
}

interface SchemeRule {
  /** How people write the scheme's name: "OGRN", "INN". */
  label: string;
  /** What the label stands for. */
  title: string;
  digits: number;
  /** The last digit as the scheme computes it from the others. */
  checkDigit(value: string): number;
}

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/**
 * The schemes' rules (Russian Tax Code registers): an OGRN's 13th digit is its first 12 read as
 * a number, modulo 11, modulo 10; a legal entity's INN's 10th is the weighted sum of its first 9,
 * modulo 11, modulo 10. The database checks only the number of digits (a constraint stays simple
 * and stable); the check digit catches a mistyped number before it is loaded.
 */
const SCHEME_RULES: Record<IdentifierScheme, SchemeRule> = {
  ru_ogrn: {
    label: 'OGRN',
    title: 'Primary state registration number (Russia)',
    digits: 13,
    checkDigit: (value) => (Number(value.slice(0, 12)) % 11) % 10,
  },
  ru_inn: {
    label: 'INN',
    title: 'Taxpayer identification number (Russia)',
    digits: 10,
    checkDigit: (value) =>
      (INN_WEIGHTS.reduce((sum, weight, index) => sum + weight * Number(value[index]), 0) % 11) % 10,
  },
};

/** "OGRN", and what it stands for. */
export function identifierLabel(scheme: IdentifierScheme): { label: string; title: string } {
  const { label, title } = SCHEME_RULES[scheme];
  return { label, title };
}

/** What is wrong with `value` as a number of `scheme`, and which of the two is wrong; null when nothing is. */
export function identifierProblem(
  scheme: string,
  value: string,
): { field: 'scheme' | 'value'; message: string } | null {
  if (!isOneOf(IDENTIFIER_SCHEMES, scheme))
    return { field: 'scheme', message: `unknown scheme: expected one of ${IDENTIFIER_SCHEMES.join(', ')}` };
  const rule = SCHEME_RULES[scheme];
  if (!new RegExp(`^\\d{${rule.digits}}$`).test(value))
    return { field: 'value', message: `an ${rule.label} is ${rule.digits} digits` };
  if (Number(value[rule.digits - 1]) !== rule.checkDigit(value))
    return { field: 'value', message: `not a valid ${rule.label}: its check digit does not match` };
  return null;
}

/**
 * The identifiers a search text could be, exactly: a bare run of digits (spaces and dashes
 * allowed, as numbers are often grouped) of a scheme's length. Anything else is a name.
 */
export function identifiersLike(text: string): OrganizationIdentifier[] {
  const digits = text.trim().replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return [];
  return IDENTIFIER_SCHEMES.filter((scheme) => SCHEME_RULES[scheme].digits === digits.length).map((scheme) => ({
    scheme,
    value: digits,
  }));
}

/** In a fixed order: by scheme as the vocabulary lists them, then by number. */
export function compareIdentifiers(a: OrganizationIdentifier, b: OrganizationIdentifier): number {
  const byScheme = IDENTIFIER_SCHEMES.indexOf(a.scheme) - IDENTIFIER_SCHEMES.indexOf(b.scheme);
  return byScheme !== 0 ? byScheme : a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}
