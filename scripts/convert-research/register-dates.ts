/**
 * listed_on: the register-entry date, taken only where the research row clearly gives a second
 * date that is the register date (README: "Where a second date is given in notes (e.g. the register
 * date), it belongs in listed_on"). Each use is listed here with the words of the row that state
 * it; the conversion checks those words are still in the row and reads the date out of them, so no
 * date is retyped by hand. Hedged dates ("likely", "probably") are not taken.
 */
import { isoDayFromResearchText } from './partial-dates';
import type { ResearchRow } from './research-rows';

interface StatedRegisterDate {
  row: number;
  cell: 'authority' | 'notes';
  /** Verbatim words of that cell; the date is the "d Mon yyyy" inside them. */
  evidence: string;
}

export const REGISTER_DATES_STATED: readonly StatedRegisterDate[] = [
  { row: 2, cell: 'authority', evidence: 'Ministry of Justice register 1 Dec 2015' },
  { row: 3, cell: 'authority', evidence: 'Ministry of Justice register 1 Dec 2015' },
  { row: 6, cell: 'authority', evidence: 'Ministry of Justice list 22 Aug 2016' },
  { row: 7, cell: 'authority', evidence: 'Ministry of Justice list 22 Aug 2016' },
  { row: 15, cell: 'authority', evidence: 'Ministry of Justice list 29 Jul 2019' },
  { row: 16, cell: 'authority', evidence: 'Ministry of Justice list 12 Nov 2019' },
  { row: 17, cell: 'notes', evidence: 'AALEP lists 12 Mar 2020 (register)' },
  { row: 20, cell: 'authority', evidence: 'Ministry of Justice list 25 Dec 2020' },
  { row: 21, cell: 'authority', evidence: 'Ministry of Justice list updated 2 Jun 2021' },
  { row: 22, cell: 'authority', evidence: 'Ministry of Justice list updated 2 Jun 2021' },
  { row: 23, cell: 'authority', evidence: 'Ministry of Justice list updated 2 Jun 2021' },
  { row: 29, cell: 'authority', evidence: 'Ministry of Justice register 23 Jul 2021' },
  { row: 36, cell: 'authority', evidence: 'Ministry of Justice register 5 Mar 2022' },
  { row: 37, cell: 'authority', evidence: 'Ministry of Justice register 5 Mar 2022' },
  { row: 38, cell: 'notes', evidence: 'AALEP lists 13 Apr 2022 (register)' },
  { row: 40, cell: 'notes', evidence: 'AALEP lists 26 Jul 2022 (register)' },
  { row: 41, cell: 'notes', evidence: 'AALEP lists 26 Jul 2022 (register)' },
  { row: 42, cell: 'notes', evidence: 'AALEP lists 26 Jul 2022 (register)' },
  { row: 43, cell: 'notes', evidence: 'AALEP lists 26 Jul 2022 (register)' },
  // The authority cell hedges ("register c. 29 May 2023"); the notes state it with a source.
  { row: 50, cell: 'notes', evidence: 'MoJ register date per ANSA 29 May 2023' },
  { row: 56, cell: 'authority', evidence: 'Ministry of Justice register 20 Feb 2024' },
  // The conflict in this row is about the decision (10 Nov vs 28 Nov); the register date is not disputed.
  { row: 67, cell: 'authority', evidence: 'Ministry of Justice register 28 Nov 2025' },
];

/**
 * Rows that mention a register/list date but where listed_on is left empty, and why. Kept so the
 * conversion can warn about a register date in a row that is in neither table.
 */
export const REGISTER_DATES_NOT_TAKEN: Readonly<Record<number, string>> = {
  5: "'OC Register' is a newspaper; 10 Mar 2016 is the row date",
  8: "hedged: 'likely MoJ register date'",
  9: "hedged: 'likely MoJ register date'",
  10: "hedged, and the AALEP date is given only 'for the two Open Russia entities'",
  14: 'the register date (28 Jun 2019) is the row date itself; the other date is a later PGO statement',
  19: "the row date is the register date ('Date = MoJ register inclusion'); no second date",
  34: "hedged: 'probably MoJ register date'",
  39: "'AALEP gives 31 May 2022' does not say it is the register date",
  81: 'the dates are the fine (25 Apr 2013) and the MoJ suspension decision, not a register entry',
  87: 'the MoJ statement date (23 Apr 2021) is the row date itself',
  91: "'lists' is part of a URL; 10 Mar 2023 is the row date itself",
  95: "'excluded from unified register 18 May 2022' is the end of the liquidation, not a listing",
};

const DAY_IN_TEXT = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/;

/**
 * Files 2-6 state register dates in two fixed forms (research README): notes "Registered by MoJ on
 * YYYY-MM-DD" and authority "Ministry of Justice register 19 Aug 2022"; each is read by rule.
 */
const REGISTERED_BY_MOJ = /\bRegistered by MoJ on (\d{4}-\d{2}-\d{2})\b/;
const MOJ_REGISTER_DAY =
  /\bMinistry of Justice register (\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4})\b/;

export function listedOnFor(row: ResearchRow): string {
  if (row.file !== 1) return statedRegisterDay(row);
  const stated = REGISTER_DATES_STATED.find((entry) => entry.row === row.rowNumber);
  if (!stated) return '';
  if (!row[stated.cell].includes(stated.evidence)) {
    throw new Error(`Row ${row.rowNumber} ${stated.cell} no longer says "${stated.evidence}"`);
  }
  const dayText = DAY_IN_TEXT.exec(stated.evidence)?.[0];
  if (!dayText) throw new Error(`No day in register evidence "${stated.evidence}"`);
  return isoDayFromResearchText(dayText);
}

function statedRegisterDay(row: ResearchRow): string {
  const inNotes = REGISTERED_BY_MOJ.exec(row.notes)?.[1];
  if (inNotes) return inNotes;
  const inAuthority = MOJ_REGISTER_DAY.exec(row.authority)?.[1];
  return inAuthority ? isoDayFromResearchText(inAuthority) : '';
}

/** A file-1 row mentioning a register or list with a day, that neither table accounts for. */
export function unreviewedRegisterMention(row: ResearchRow): string | undefined {
  if (row.file !== 1) return undefined;
  const accounted =
    REGISTER_DATES_STATED.some((entry) => entry.row === row.rowNumber) || row.rowNumber in REGISTER_DATES_NOT_TAKEN;
  if (accounted) return undefined;
  const mention = new RegExp(`\\b(register|list|lists|MoJ)\\b[^;]*?${DAY_IN_TEXT.source}`, 'i');
  const text = `${row.authority}; ${row.notes}`;
  return mention.test(text) ? `Row ${row.rowNumber} mentions a register date not reviewed for listed_on` : undefined;
}
