import type { Knex } from 'knex';
import type { RowProblem } from '../../domain/interchange/row-problems';
import { isKnownJurisdiction } from '../../domain/jurisdictions';
import { isPartialDate, parsePartialDate } from '../../domain/partial-date';
import {
  Confidence,
  CONFIDENCE_LEVELS,
  isOneOf,
  Measure,
  MEASURES,
  REASON_TAGS,
  ReasonsForm,
  REASONS_FORMS,
} from '../../domain/vocabularies';
import {
  jurisdictionActionSourceIds,
  replaceJurisdictionActionSources,
  upsertJurisdictionAction,
} from '../../queries/writes/jurisdiction-action-writes';
import { upsertSources } from '../../queries/writes/source-writes';
import { LawResolver } from '../import/law-resolver';
import { emptyToNull, readReferenceCsv, rejectWith } from './reference-csv';
import { JURISDICTION_ACTION_COLUMNS } from '../../domain/interchange/jurisdiction-action-columns';

const splitList = (cell: string) =>
  cell
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

function problemsOf(line: number, cells: Record<string, string>): RowProblem[] {
  const problem = (column: string, message: string) => ({ line, column, message, value: cells[column] });
  const urls = splitList(cells.source_urls);
  return [
    ...(!/^[0-9a-f-]{36}$/.test(cells.id) ? [problem('id', 'malformed id (expected a UUID)')] : []),
    ...(!isKnownJurisdiction(cells.jurisdiction) ? [problem('jurisdiction', 'unknown ISO 3166-1 alpha-2 code')] : []),
    ...(!isOneOf(MEASURES, cells.measure) ? [problem('measure', 'unknown measure')] : []),
    ...(cells.authority.trim() === '' ? [problem('authority', 'authority is required')] : []),
    ...(!isPartialDate(cells.decided_on) ? [problem('decided_on', 'not a partial date')] : []),
    ...(cells.listed_on !== '' && !isPartialDate(cells.listed_on) ? [problem('listed_on', 'not a partial date')] : []),
    ...(cells.organizations_affected !== '' && !/^[1-9]\d*$/.test(cells.organizations_affected)
      ? [problem('organizations_affected', 'expected a positive whole number')]
      : []),
    ...(cells.description.trim() === '' ? [problem('description', 'description is required')] : []),
    ...(!isOneOf(REASONS_FORMS, cells.reasons_form) ? [problem('reasons_form', 'unknown reasons form')] : []),
    ...splitList(cells.reason_tags)
      .filter((tag) => !isOneOf(REASON_TAGS, tag))
      .map(() => problem('reason_tags', 'unknown reason tag')),
    ...(urls.length === 0 || urls.some((url) => !/^https?:\/\/\S+\.\S+$/.test(url))
      ? [problem('source_urls', 'one or more http(s) source URLs are required')]
      : []),
    ...(splitList(cells.source_publishers).length !== urls.length
      ? [problem('source_publishers', 'publishers must align with source URLs')]
      : []),
    ...(!isOneOf(CONFIDENCE_LEVELS, cells.confidence) ? [problem('confidence', 'unknown confidence')] : []),
  ];
}

/**
 * Loads jurisdiction-actions.csv: actions against many organizations at once, kept apart from the
 * organization tables (see the migration). Inserted or updated by id; sources replaced.
 */
export async function loadJurisdictionActions(db: Knex, file: string): Promise<number> {
  const rows = readReferenceCsv(file, JURISDICTION_ACTION_COLUMNS);
  const problems = rows.flatMap(({ line, cells }) => problemsOf(line, cells));
  if (problems.length > 0) rejectWith(problems);
  const laws = new LawResolver(db);
  for (const { cells } of rows) {
    const decided = parsePartialDate(cells.decided_on);
    const listed = cells.listed_on === '' ? null : parsePartialDate(cells.listed_on);
    const lawName = emptyToNull(cells.law);
    // The vocabulary cells were checked by problemsOf.
    await upsertJurisdictionAction(db, {
      id: cells.id,
      jurisdiction: cells.jurisdiction,
      measure: cells.measure as Measure,
      law_id: await laws.resolve(
        cells.jurisdiction,
        lawName === null ? null : { shortName: lawName, citation: emptyToNull(cells.law_citation) },
      ),
      law_citation: emptyToNull(cells.law_citation),
      authority: cells.authority,
      decided_on: decided.start,
      decided_precision: decided.precision,
      listed_on: listed?.start ?? null,
      listed_precision: listed?.precision ?? null,
      organizations_affected: cells.organizations_affected === '' ? null : Number(cells.organizations_affected),
      description: cells.description,
      stated_reasons: cells.stated_reasons,
      reasons_form: cells.reasons_form as ReasonsForm,
      reason_tags: REASON_TAGS.filter((tag) => splitList(cells.reason_tags).includes(tag)),
      confidence: cells.confidence as Confidence,
      notes: cells.notes,
    });
    const publishers = splitList(cells.source_publishers);
    const sourceIds = await upsertSources(
      db,
      splitList(cells.source_urls).map((url, index) => ({ url, publisher: publishers[index] })),
    );
    const wanted = splitList(cells.source_urls).map((url) => sourceIds.get(url)!);
    const stored = await jurisdictionActionSourceIds(db, cells.id);
    // Rewritten only when they changed: each rewritten link is a revision, and a re-seed changes nothing.
    if (JSON.stringify(stored) === JSON.stringify(wanted)) continue;
    await replaceJurisdictionActionSources(db, cells.id, wanted);
  }
  return rows.length;
}
