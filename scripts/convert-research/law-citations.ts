import { isoDayFromResearchText } from './partial-dates';

/**
 * The enactment date a citation itself states: "of 23 May 2015" (the first such phrase, which is
 * the law's own date in these citations), else a year such as "(2012)" or "Act 2010"; else ''.
 */
export function enactedOnStatedIn(citation: string): string {
  const day = /\bof (\d{1,2} [A-Z][a-z]{2} \d{4})\b/.exec(citation)?.[1];
  if (day) return isoDayFromResearchText(day);
  return /\b(19|20)\d{2}\b/.exec(citation)?.[0] ?? '';
}
