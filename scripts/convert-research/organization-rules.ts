/**
 * Kind, headquarters country and family of an organization that the hand-reviewed profiles of the
 * first research file (ORGANIZATION_PROFILES) do not cover: decided by rules over what the research
 * says, never guessed. docs/data.md lists the rules and what they gave.
 */
import countries from 'i18n-iso-countries';
import { normalizeName } from '../../src/domain/names';
import type { OrganizationKind } from '../../src/domain/vocabularies';
import { FAMILY_PARENTS, type OrganizationProfile } from './organizations';
import type { ResearchRow } from './research-rows';

/** Keyword rules over the normalized name and aliases, first match wins; `ngo` when none matches. */
export const KIND_RULES: readonly { kind: OrganizationKind; words: RegExp }[] = [
  {
    kind: 'international_org',
    words: /\b(international committee of the red cross|united nations|unicef|unrwa|icrc)\b/,
  },
  { kind: 'university', words: /\b(university|universidad|universitet|college|colegio|academy|academia|escuela)\b/ },
  {
    kind: 'religious',
    words: new RegExp(
      String.raw`\b(church|iglesia|mision\w*|mission\w*|ministr(y|ies|erios?)|evangel\w*|baptist|bautista|christian|` +
        String.raw`cristian[oa]s?|catholic|catolic[oa]|dioces\w*|caritas|congregacion|hermanas|monjas|franciscan\w*|` +
        String.raw`jesuit\w*|islamic|muslim|falun|jehovah|pentecostal|adventist|religious|parroquia|arquidiocesis|` +
        String.raw`sisters|dominicas|clarisas|fraternidad|bible|biblic[oa]|pastoral)\b`,
    ),
  },
  { kind: 'media', words: /\b(media|tv|television|radio|news|newspaper|gazette|magazine|broadcast\w*|studio)\b/ },
  { kind: 'political', words: /\b(party|partido|movement|movimiento)\b/ },
  {
    kind: 'charity',
    words: /\b(red cross|cruz roja|red crescent|charit\w*|relief|humanitarian|save the children|world vision)\b/,
  },
  { kind: 'foundation', words: /\b(foundation|fundacion|fondation|stiftung|fund|fondo|trust|endowment)\b/ },
  { kind: 'think_tank', words: /\b(institute|instituto|institut|research|studies|estudios|investigaciones|policy)\b/ },
];

export function kindByRule(names: readonly string[]): OrganizationKind {
  const text = names.map(normalizeName).join(' | ');
  return KIND_RULES.find((rule) => rule.words.test(text))?.kind ?? 'ngo';
}

/** How the research writes a country in a remark, beyond the names i18n-iso-countries knows. */
const COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = { US: 'US', USA: 'US', 'U.S.': 'US', UK: 'GB' };

/** "United Kingdom", "US", "Warsaw, Poland", "UK-registered" -> ISO code, or undefined. */
export function countryNamedIn(text: string): string | undefined {
  for (const part of text
    .split(',')
    .map((piece) => piece.trim())
    .reverse()) {
    const word = part.replace(/-(registered|based)\b.*$/, '').trim();
    const code = COUNTRY_ABBREVIATIONS[word] ?? countries.getAlpha2Code(word, 'en');
    if (code) return code;
  }
  return undefined;
}

/**
 * Where the research states the headquarters: an OGRN (the Russian state registration number:
 * a Russian legal entity), a first sentence of the notes that is a place ("United Kingdom.",
 * "Poland.", "United States (New York)."), or a bracketed remark in the aliases ("(Warsaw,
 * Poland)", "(US)"). Nothing else: a Nicaraguan association whose row names no country has none.
 */
export function countryByRule(
  rows: readonly ResearchRow[],
  remarks: readonly string[],
  hasOgrn: boolean,
): string | undefined {
  if (hasOgrn) return 'RU';
  for (const row of rows) {
    const firstSentence = /^([^.(]+?)\s*(\([^)]*\))?\.\s/.exec(row.notes)?.[1];
    const code = firstSentence === undefined ? undefined : countryNamedIn(firstSentence);
    if (code) return code;
  }
  for (const remark of remarks) {
    const code = countryNamedIn(remark);
    if (code) return code;
  }
  return undefined;
}

/**
 * A family parent of FAMILY_PARENTS is the parent of every organization whose name starts with
 * the parent's name and a space: "Transparency International Georgia", "Amnesty International
 * India". The parent itself, designated in its own right (Transparency International), has none.
 */
export function parentByRule(name: string): string | undefined {
  return Object.keys(FAMILY_PARENTS).find((parent) => name !== parent && name.startsWith(`${parent} `));
}

export function profileByRule(
  name: string,
  allNames: readonly string[],
  rows: readonly ResearchRow[],
  remarks: readonly string[],
  hasOgrn: boolean,
): OrganizationProfile {
  const country = countryByRule(rows, remarks, hasOgrn);
  const parent = parentByRule(name);
  return { kind: kindByRule(allNames), ...(country ? { country } : {}), ...(parent ? { parent } : {}) };
}
