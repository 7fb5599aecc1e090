/**
 * Stated reasons: their form (quoted / paraphrased / not stated) and their reason tags.
 *
 * Tags come only from the keyword rules below, run over the stated_reasons text (case-insensitive).
 * The rules were written against this research file and checked row by row (docs/data.md lists
 * them); a rule that matches only one row names that row, so a reviewer can see why it exists.
 */
import { REASON_TAGS, type ReasonTag, type ReasonsForm } from '../../src/domain/vocabularies';

/** The research's reasons_quoted_or_paraphrased values for rows without stated reasons (file 1, files 2-6). */
export const NO_REASONS_MARKS: readonly string[] = ['n/a', 'none'];

export interface ReadReasonsForm {
  form: ReasonsForm;
  /** The researched value when it says more than the form word, for notes ("Reasons: …"). */
  attribution?: string;
}

/** "quoted (TASS English translation)", "quoted/paraphrased" -> quoted; "paraphrased + quoted" -> paraphrased: the first word wins. */
export function readReasonsForm(researched: string): ReadReasonsForm {
  if (NO_REASONS_MARKS.includes(researched)) return { form: 'not_stated' };
  const firstWord = /^(quoted|paraphrased)\b/.exec(researched)?.[1] as ReasonsForm | undefined;
  if (!firstWord) throw new Error(`Unknown reasons form "${researched}"`);
  return researched === firstWord ? { form: firstWord } : { form: firstWord, attribution: researched };
}

export interface ReasonTagRule {
  tag: ReasonTag;
  patterns: readonly RegExp[];
}

export const REASON_TAG_RULES: readonly ReasonTagRule[] = [
  {
    tag: 'national_security',
    // Any "security", except WWF's "security in the economic sphere" (economic_security below).
    patterns: [/(?<!economic )security(?! in the economic sphere)/i],
  },
  { tag: 'constitutional_order', patterns: [/constitution/i] },
  {
    tag: 'election_interference',
    // Not Golos's "drafting/lobbying an Election Code", which the MoJ called political activity.
    patterns: [/\belections?\b(?! code)/i],
  },
  {
    tag: 'foreign_funding',
    patterns: [
      /foreign (funding|funds|contributions?)\b/i,
      /foreign and domestic contributions/i, // Greenpeace India, cancellation
      /\bFCRA\b/,
      /\bfund(s|ed)\b[^;]{0,20}(Russian|'foreign agents')/i, // USRF, Greenpeace International
      /financ\w* 'foreign agents'/i, // Amnesty International Limited
      /financed by the supporters of/i, // Amnesty International Limited
      /financial support[^;]*from the United States/i, // Levada Center
      /financial, legal, and other support to Russian/i, // Freedom House
      /spent about \$[\d.]+m in Russia/i, // National Endowment for Democracy
      /sums of money from European countries/i, // the six Palestinian NGOs, 2021
    ],
  },
  {
    tag: 'discrediting_state',
    patterns: [
      /discredit/i,
      /russophob/i,
      /anti-Russian/i,
      /false (information|image)/i,
      /negative pseudo-expert assessments/i, // Clooney Foundation for Justice
    ],
  },
  {
    tag: 'support_for_enemy',
    patterns: [
      /\benemy\b/i,
      /Ukrainian armed forces/i,
      /Ukraine to defeat Russia/i, // Freedom House
      /took the side of/i, // EVZ Foundation ("followers of Hitler's ideology in Kyiv")
    ],
  },
  { tag: 'territorial_integrity', patterns: [/territorial integrity/i] },
  { tag: 'economic_security', patterns: [/econom/i, /industrial/i] },
  { tag: 'extremism', patterns: [/extremis/i] }, // "extremist", "extremism"; not "extremely violent"
  {
    tag: 'terrorism',
    patterns: [
      // Not International Memorial's "a false image of the USSR as a terrorist state".
      /terror(?!ist state)/i,
      /\bPFLP\b/, // designated as part of a network run by the PFLP
    ],
  },
  {
    tag: 'public_order',
    patterns: [/protests?\b/i, /destabiliz/i, /disturbance/i, /\bviolent\b/i, /peace and stability/i, /public order/i],
  },
  {
    tag: 'registration_violation',
    // Breaches of registration, reporting or labelling duties towards the regulator.
    patterns: [
      /violations of the current legislation/i, // Russia, 8 Apr 2022 register exclusions
      /transgressed the laws/i, // Nicaraguan Red Cross
      /failed to comply with obligations/i, // Missionaries of Charity
      /lacked [^;]{0,40}permits/i, // Missionaries of Charity
      /refused to register/i, // Golos
      /never registered/i, // Amnesty International India
      /eligibility criteria/i, // Oxfam India
      /failed to report|did not report|not reporting/i, // Nicaragua aggregates
      /non-compliant/i, // Nicaragua, Nov 2022
      /not marking/i, // International Memorial
      /violated the foreign-agent law/i, // Memorial Human Rights Centre
    ],
  },
  {
    tag: 'financial_violation',
    // Alleged mishandling of money itself (not a missed report).
    patterns: [
      /FEMA contravention/i,
      /received foreign funds illegally/i,
      /contrary to the provisions of FCRA/i,
      /undisclosed accounts|non-designated accounts/i,
      /under-reporting/i,
      /mixing foreign and domestic contributions/i,
      /forgery/i,
      /financial statements did not tally/i,
      /breached Law 977/i, // Nicaragua's anti-money-laundering law
    ],
  },
  {
    tag: 'not_stated',
    // Rows whose "reasons" say that no reasons were given.
    patterns: [
      /no grounds given/i,
      /did not publicly justify/i,
      /no explanation given/i,
      /no detailed public explanation/i,
    ],
  },
];

/** Tags in vocabulary order; rows without stated reasons are tagged not_stated and nothing else. */
export function tagReasons(statedReasons: string, form: ReasonsForm): ReasonTag[] {
  if (form === 'not_stated') return ['not_stated'];
  const matched = new Set(
    REASON_TAG_RULES.filter((rule) => rule.patterns.some((pattern) => pattern.test(statedReasons))).map(
      (rule) => rule.tag,
    ),
  );
  return REASON_TAGS.filter((tag) => matched.has(tag));
}
