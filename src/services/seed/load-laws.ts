import type { Knex } from 'knex';
import type { RowProblem } from '../../domain/interchange/row-problems';
import { isKnownJurisdiction } from '../../domain/jurisdictions';
import { isPartialDate, parsePartialDate } from '../../domain/partial-date';
import { isOneOf, LAW_FAMILIES } from '../../domain/vocabularies';
import { upsertLaw } from '../../queries/writes/law-writes';
import { emptyToNull, readReferenceCsv, rejectWith } from './reference-csv';

const COLUMNS = ['slug', 'jurisdiction', 'short_name', 'citation', 'enacted_on', 'family'] as const;

/** Loads laws.csv: laws as reference data, inserted or updated by slug. Returns how many. */
export async function loadLaws(db: Knex, file: string): Promise<number> {
  const rows = readReferenceCsv(file, COLUMNS);
  const problems: RowProblem[] = rows.flatMap(({ line, cells }) => [
    ...(!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(cells.slug)
      ? [{ line, column: 'slug', message: 'malformed slug', value: cells.slug }]
      : []),
    ...(!isKnownJurisdiction(cells.jurisdiction)
      ? [{ line, column: 'jurisdiction', message: 'unknown ISO 3166-1 alpha-2 code', value: cells.jurisdiction }]
      : []),
    ...(cells.short_name.trim() === ''
      ? [{ line, column: 'short_name', message: 'short_name is required', value: '' }]
      : []),
    ...(cells.enacted_on !== '' && !isPartialDate(cells.enacted_on)
      ? [{ line, column: 'enacted_on', message: 'not a partial date', value: cells.enacted_on }]
      : []),
    ...(!isOneOf(LAW_FAMILIES, cells.family)
      ? [{ line, column: 'family', message: 'unknown law family', value: cells.family }]
      : []),
  ]);
  if (problems.length > 0) rejectWith(problems);
  for (const { cells } of rows) {
    const enacted = cells.enacted_on === '' ? null : parsePartialDate(cells.enacted_on);
    await upsertLaw(db, {
      slug: cells.slug,
      jurisdiction: cells.jurisdiction,
      shortName: cells.short_name,
      citation: emptyToNull(cells.citation),
      enactedOn: enacted?.start ?? null,
      enactedPrecision: enacted?.precision ?? null,
      family: cells.family as (typeof LAW_FAMILIES)[number],
    });
  }
  return rows.length;
}
