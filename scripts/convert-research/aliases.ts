/**
 * The research aliases cell -> alias names, plus remarks that are not names.
 *
 * The simple rule covers most cells: split on ";", trim; a part that is only a country ("UK",
 * "Latvia") is a remark; a trailing bracket ("EED (Belgium)") is a remark. Cells the simple rule
 * would misread (commas, " / ", a bracket holding a name or an acronym) are read by hand in
 * ALIAS_READINGS; a cell of that shape missing from the table stops the conversion rather than
 * being guessed. Whenever anything was dropped from a cell, notes keep the whole cell verbatim.
 */
import countries from 'i18n-iso-countries';
import { splitOutsideBrackets } from './csv-files';

export interface AliasReading {
  names: string[];
  remarks: string[];
}

export const ALIAS_READINGS: Readonly<Record<string, AliasReading>> = {
  'MDIF; Media Development Investment Fund, Inc.': {
    names: ['MDIF', 'Media Development Investment Fund, Inc.'],
    remarks: [],
  },
  // "Otkrytaya Rossia" is the original-language name (transliterated) given in the research row.
  'OR (Otkrytaya Rossia), UK-registered': { names: ['OR', 'Otkrytaya Rossia'], remarks: ['UK-registered'] },
  'UK-registered': { names: [], remarks: ['UK-registered'] },
  'IMR, US-based': { names: ['IMR'], remarks: ['US-based'] },
  'German-Russian Exchange (DRA), Germany': { names: ['German-Russian Exchange', 'DRA'], remarks: ['Germany'] },
  'Centre for Liberal Modernity (LibMod), Germany': {
    names: ['Centre for Liberal Modernity', 'LibMod'],
    remarks: ['Germany'],
  },
  'Forum of Russian-speaking Europeans, Germany': {
    names: ['Forum of Russian-speaking Europeans'],
    remarks: ['Germany'],
  },
  'Freedom of Information Foundation / Team 29, Czech Republic': {
    names: ['Freedom of Information Foundation', 'Team 29'],
    remarks: ['Czech Republic'],
  },
  'Proekt (investigative outlet); US-registered publisher': {
    names: ['Proekt'],
    remarks: ['investigative outlet', 'US-registered publisher'],
  },
  'Ukraine-based movement': { names: [], remarks: ['Ukraine-based movement'] },
  'Important Stories / Vazhnye istorii (Latvia)': {
    names: ['Important Stories', 'Vazhnye istorii'],
    remarks: ['Latvia'],
  },
  'JDN (US; manages OCCRP)': { names: ['JDN'], remarks: ['US; manages OCCRP'] },
  'US-registered foundation (set up by Yelena Bonner)': {
    names: [],
    remarks: ['US-registered foundation (set up by Yelena Bonner)'],
  },
  // "WWF International" is the Swiss foundation's own name, so it stays a name.
  'WWF; World Wildlife Fund (WWF International, Switzerland)': {
    names: ['WWF', 'World Wildlife Fund', 'WWF International'],
    remarks: ['Switzerland'],
  },
  'Netherlands-based publisher of The Moscow Times': {
    names: [],
    remarks: ['Netherlands-based publisher of The Moscow Times'],
  },
  // Brackets holding an acronym or a name, not a remark.
  'Deutsche Forschungsgemeinschaft (DFG)': { names: ['Deutsche Forschungsgemeinschaft', 'DFG'], remarks: [] },
  "Center for Anti-Corruption Research and Initiatives 'Transparency International - R' (TI-R)": {
    names: ["Center for Anti-Corruption Research and Initiatives 'Transparency International - R'", 'TI-R'],
    remarks: [],
  },
  'US-registered (Alexandria, Virginia)': { names: [], remarks: ['US-registered (Alexandria, Virginia)'] },
};

/**
 * Files 2-6 are read by rule, with no hand table: a part that is a country or starts in lower case
 * ("apparently the former …", "spelled 'Rescure' in PGO text") is a remark; a trailing bracket is
 * a remark ("(Warsaw, Poland)", "(UK-registered, founded 2023 …)") unless it holds an acronym
 * ("Deutsche Forschungsgemeinschaft (DFG)": two names). Notes keep the whole cell whenever a remark
 * was dropped, so nothing is lost.
 */
export function readAliasesByRule(cell: string): AliasReading {
  const reading: AliasReading = { names: [], remarks: [] };
  for (const part of splitOutsideBrackets(cell)) {
    const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(part);
    const name = bracketed?.[1] ?? part;
    const bracket = bracketed?.[2];
    if (isCountryName(name) || /^\p{Ll}/u.test(name) || /-(registered|based)\b/.test(name)) {
      reading.remarks.push(part);
      continue;
    }
    reading.names.push(name);
    if (bracket === undefined) continue;
    if (ACRONYM.test(bracket)) reading.names.push(bracket);
    else reading.remarks.push(bracket);
  }
  return reading;
}

const ACRONYM = /^[A-Z0-9][A-Z0-9&.-]{1,11}$/;

/** File 1's cells: the simple rule, or a hand reading where the simple rule would misread. */
export function readAliases(cell: string): AliasReading {
  const byHand = ALIAS_READINGS[cell];
  if (byHand) return byHand;
  assertSimpleAliasCell(cell);
  const reading: AliasReading = { names: [], remarks: [] };
  for (const part of splitList(cell)) readAliasPart(part, reading);
  return reading;
}

function readAliasPart(part: string, reading: AliasReading): void {
  if (isCountryName(part)) {
    reading.remarks.push(part);
    return;
  }
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(part);
  if (bracketed?.[1] && bracketed[2]) {
    reading.names.push(bracketed[1]);
    reading.remarks.push(bracketed[2]);
    return;
  }
  reading.names.push(part);
}

/**
 * The simple rule misreads a comma or " / " outside the trailing bracket (two names, or a name and
 * a remark), a bracket that is not at the end, and a ";" inside a bracket (split in the middle).
 */
function assertSimpleAliasCell(cell: string): void {
  const misreadable = splitList(cell).some((part) => {
    const outsideTrailingBracket = part.replace(/\s*\([^()]*\)$/, '');
    return /,| \/ |\(|\)/.test(outsideTrailingBracket);
  });
  if (misreadable || /\([^)]*;/.test(cell)) {
    throw new Error(`Aliases cell needs a hand reading in ALIAS_READINGS: "${cell}"`);
  }
}

export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function isCountryName(text: string): boolean {
  return countries.getAlpha2Code(text, 'en') !== undefined;
}
