/**
 * Registration numbers the research gives in notes (file 6: "OGRN 1097799044518; INN
 * 7729441207"). They identify a Russian legal entity exactly, where names alone can mislead, so
 * they decide identity (organization-identity.ts) and are kept as identifiers of the organization.
 */
import type { ResearchRow } from './research-rows';

export interface RegistrationNumbers {
  /** Russian primary state registration number: 13 digits for a legal entity. */
  ogrn?: string;
  /** Russian taxpayer number: 10 digits for a legal entity. */
  inn?: string;
}

export function registrationNumbersOf(row: ResearchRow): RegistrationNumbers {
  const ogrn = /\bOGRN (\d{13})\b/.exec(row.notes)?.[1];
  const inn = /\bINN (\d{10})\b/.exec(row.notes)?.[1];
  return { ...(ogrn ? { ogrn } : {}), ...(inn ? { inn } : {}) };
}
