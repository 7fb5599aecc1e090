import fs from 'node:fs';
import type { Knex } from 'knex';
import type { RowProblem } from '../../domain/interchange/row-problems';
import { slugify } from '../../domain/names';
import { identifierProblem } from '../../domain/organization-identifiers';
import type { IdentifierScheme } from '../../domain/vocabularies';
import {
  assignIdentifier,
  deleteIdentifiers,
  StoredIdentifier,
  storedIdentifiers,
} from '../../queries/writes/organization-identifier-writes';
import { findOrganizationsByName } from '../../queries/writes/organization-writes';
import { readReferenceCsv, rejectWith } from './reference-csv';

const COLUMNS = ['organization', 'scheme', 'value'] as const;

const keyOf = (identifier: Pick<StoredIdentifier, 'scheme' | 'value'>) => `${identifier.scheme}/${identifier.value}`;

/**
 * The organization a row names, found as the importer finds the organization of a designation
 * row (by slug, canonical name or alias, case aside; a canonical name wins over an alias), so the
 * name of designations.csv's `organization` column finds the organization its rows made.
 */
async function organizationNamed(db: Knex, name: string, line: number): Promise<string> {
  const matches = await findOrganizationsByName(db, name, slugify(name));
  const preferred = matches.length <= 1 ? matches : matches.filter((match) => match.matchedBy !== 'alias');
  if (preferred.length === 1) return preferred[0].id;
  const problem: RowProblem =
    matches.length === 0
      ? {
          line,
          column: 'organization',
          message: 'organization-identifiers.csv: no organization has this name (name it as designations.csv does)',
          value: name,
        }
      : {
          line,
          column: 'organization',
          message: `organization-identifiers.csv: ambiguous organization: it names ${matches
            .map((match) => match.name)
            .sort()
            .join(', ')}`,
          value: name,
        };
  return rejectWith([problem]);
}

/**
 * Loads organization-identifiers.csv (registration numbers: `organization,scheme,value`), after
 * the designations have created the organizations it names, and makes the table hold exactly its
 * rows: numbers not yet stored are added, a number now given to another organization moves to it,
 * numbers no longer in the file are removed. Unchanged rows are not written, so a re-seed records
 * no revision. Every problem of the file (an unknown scheme, a malformed number, a wrong check
 * digit, one number given twice, an unknown organization) is reported with its line, and nothing
 * is written. A seed folder without the file (test fixtures, older seeds) leaves the table as it
 * is: null.
 */
export async function loadOrganizationIdentifiers(db: Knex, file: string): Promise<number | null> {
  if (!fs.existsSync(file)) return null;
  const rows = readReferenceCsv(file, COLUMNS);
  const firstLineOf = new Map<string, number>();
  const problems = rows.flatMap(({ line, cells }): RowProblem[] => {
    const shape = identifierProblem(cells.scheme, cells.value);
    if (shape !== null) return [{ line, column: shape.field, message: shape.message, value: cells[shape.field] }];
    const key = keyOf({ scheme: cells.scheme as IdentifierScheme, value: cells.value });
    const first = firstLineOf.get(key);
    if (first !== undefined)
      return [
        {
          line,
          column: 'value',
          message: `the same number is given on line ${first}: a number identifies one organization`,
          value: cells.value,
        },
      ];
    firstLineOf.set(key, line);
    return cells.organization.trim() === ''
      ? [{ line, column: 'organization', message: 'organization is required', value: '' }]
      : [];
  });
  if (problems.length > 0) rejectWith(problems);

  const wanted: StoredIdentifier[] = [];
  for (const { line, cells } of rows) {
    wanted.push({
      organization_id: await organizationNamed(db, cells.organization, line),
      scheme: cells.scheme as IdentifierScheme,
      value: cells.value,
    });
  }
  const stored = new Map((await storedIdentifiers(db)).map((row) => [keyOf(row), row]));
  const wantedKeys = new Set(wanted.map(keyOf));
  await deleteIdentifiers(
    db,
    [...stored.values()].filter((row) => !wantedKeys.has(keyOf(row))),
  );
  for (const identifier of wanted) {
    if (stored.get(keyOf(identifier))?.organization_id === identifier.organization_id) continue;
    await assignIdentifier(db, identifier);
  }
  return rows.length;
}
