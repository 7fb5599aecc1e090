/**
 * The fields a designation and a jurisdiction-level action share: measure, law, dates, reasons,
 * sources, confidence, and the conversion remarks that go into notes.
 */
import countries from 'i18n-iso-countries';
import { CONFIDENCE_LEVELS, isOneOf, type ReasonTag, type ReasonsForm } from '../../src/domain/vocabularies';
import { joinList } from './csv-files';
import { lawOf } from './laws';
import { readActionType } from './measures';
import { precisionOf } from './partial-dates';
import { readReasonsForm, tagReasons } from './reasons';
import { listedOnFor } from './register-dates';
import { rowLabel, type ResearchRow } from './research-rows';
import { sourcesOf } from './sources';

/** What the research says when it has no reasons; anything longer is kept in notes. */
const PLAIN_NO_REASONS_TEXT = 'not stated in source';

/** What the research says when no law is named; an empty law says the same, so no remark. */
const PLAIN_NO_LAW_TEXT = 'not named';

export interface RowFacts {
  jurisdiction: string;
  measure: string;
  law: string;
  law_citation: string;
  authority: string;
  decided_on: string;
  listed_on: string;
  stated_reasons: string;
  reasons_form: ReasonsForm;
  reason_tags: string;
  source_urls: string;
  source_publishers: string;
  confidence: string;
  /** Conversion remarks, each one sentence, appended after the research notes. */
  remarks: string[];
}

export interface ConversionContext {
  researchPublishers: Map<string, string>;
  warnings: string[];
}

export function rowFacts(row: ResearchRow, context: ConversionContext): RowFacts {
  const action = readActionType(row);
  const reasons = readReasonsForm(row.reasons_quoted_or_paraphrased);
  const law = lawOf(row);
  const sources = sourcesOf(row, context.researchPublishers, context.warnings);
  checkJurisdiction(row);
  checkConfidence(row);
  checkDate(row, context.warnings);
  const remarks = [
    action.detail && sentence('Action as researched', action.detail),
    reasons.attribution && sentence('Reasons', reasons.attribution),
    reasons.form === 'not_stated' && row.stated_reasons !== PLAIN_NO_REASONS_TEXT
      ? sentence('Stated reasons as researched', row.stated_reasons)
      : undefined,
    row.law_short !== law && row.law_short !== PLAIN_NO_LAW_TEXT
      ? sentence('Law as researched', row.law_short)
      : undefined,
    sources[0]?.publisher !== row.source_publisher
      ? sentence('Publisher as researched', row.source_publisher)
      : undefined,
  ].filter((remark): remark is string => typeof remark === 'string' && remark !== '');
  const tags: ReasonTag[] = tagReasons(row.stated_reasons, reasons.form);
  return {
    jurisdiction: row.country_iso2,
    measure: action.measure,
    law,
    law_citation: row.law_citation,
    authority: row.authority,
    decided_on: row.date,
    listed_on: listedOnFor(row),
    stated_reasons: reasons.form === 'not_stated' ? '' : row.stated_reasons,
    reasons_form: reasons.form,
    reason_tags: joinList(tags),
    source_urls: joinList(sources.map((source) => source.url)),
    source_publishers: joinList(sources.map((source) => source.publisher)),
    confidence: row.confidence,
    remarks,
  };
}

/** "Label: text." without doubling a final full stop. */
export function sentence(label: string, text: string): string {
  return `${label}: ${text}${text.endsWith('.') ? '' : '.'}`;
}

/** The research notes verbatim, then the conversion remarks, separated by a space. */
export function composeNotes(researchNotes: string, remarks: readonly string[]): string {
  return [researchNotes, ...remarks].filter((part) => part !== '').join(' ');
}

export function isValidCountryCode(code: string): boolean {
  return countries.isValid(code) && code === code.toUpperCase();
}

function checkJurisdiction(row: ResearchRow): void {
  if (!isValidCountryCode(row.country_iso2)) throw new Error(`${rowLabel(row)}: unknown country "${row.country_iso2}"`);
}

function checkConfidence(row: ResearchRow): void {
  if (!isOneOf(CONFIDENCE_LEVELS, row.confidence))
    throw new Error(`${rowLabel(row)}: unknown confidence "${row.confidence}"`);
}

/** An impossible date stops the conversion; a precision mismatch is a doubt to report, not to fix. */
function checkDate(row: ResearchRow, warnings: string[]): void {
  const precision = precisionOf(row.date);
  if (!precision) throw new Error(`${rowLabel(row)}: "${row.date}" is not a partial date`);
  if (precision !== row.date_precision) {
    warnings.push(`${rowLabel(row)}: date ${row.date} has ${precision} precision, research says ${row.date_precision}`);
  }
}
