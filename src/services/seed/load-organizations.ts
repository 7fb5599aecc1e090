import type { Knex } from 'knex';
import type { RowProblem } from '../../domain/interchange/row-problems';
import { isKnownJurisdiction } from '../../domain/jurisdictions';
import { isOneOf, ORGANIZATION_KINDS, OrganizationKind } from '../../domain/vocabularies';
import {
  addOrganizationNames,
  findOrganizationIdBySlugOrName,
  upsertOrganizationBySlug,
} from '../../queries/writes/organization-writes';
import { nameKindOf } from '../import/organization-resolver';
import { emptyToNull, readReferenceCsv, rejectWith } from './reference-csv';

const COLUMNS = ['slug', 'name', 'kind', 'country', 'parent', 'aliases', 'wikidata_id'] as const;

function problemsOf(line: number, cells: Record<string, string>): RowProblem[] {
  const problems: RowProblem[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(cells.slug))
    problems.push({ line, column: 'slug', message: 'malformed slug', value: cells.slug });
  if (cells.name.trim() === '') problems.push({ line, column: 'name', message: 'name is required', value: '' });
  if (!isOneOf(ORGANIZATION_KINDS, cells.kind))
    problems.push({ line, column: 'kind', message: 'unknown organization kind', value: cells.kind });
  if (cells.country !== '' && !isKnownJurisdiction(cells.country))
    problems.push({ line, column: 'country', message: 'unknown ISO 3166-1 alpha-2 code', value: cells.country });
  if (cells.wikidata_id !== '' && !/^Q\d+$/.test(cells.wikidata_id))
    problems.push({ line, column: 'wikidata_id', message: 'malformed Wikidata id', value: cells.wikidata_id });
  return problems;
}

/**
 * Loads organizations.csv: organizations pinned as reference data (family parents above all),
 * inserted or updated by slug; `parent` names an organization listed earlier (by slug or name).
 */
export async function loadOrganizations(db: Knex, file: string): Promise<number> {
  const rows = readReferenceCsv(file, COLUMNS);
  const problems = rows.flatMap(({ line, cells }) => problemsOf(line, cells));
  if (problems.length > 0) rejectWith(problems);
  for (const { line, cells } of rows) {
    const parentId = cells.parent === '' ? null : await findParent(db, cells.parent, line);
    const id = await upsertOrganizationBySlug(db, {
      slug: cells.slug,
      name: cells.name,
      kind: cells.kind as OrganizationKind,
      hq_country: emptyToNull(cells.country),
      parent_id: parentId,
      wikidata_id: emptyToNull(cells.wikidata_id),
    });
    const aliases = cells.aliases
      .split(';')
      .map((alias) => alias.trim())
      .filter(Boolean);
    await addOrganizationNames(db, id, [
      { name: cells.name, kind: 'canonical' },
      ...aliases.map((name) => ({ name, kind: nameKindOf(name) })),
    ]);
  }
  return rows.length;
}

async function findParent(db: Knex, parent: string, line: number): Promise<string> {
  const id = await findOrganizationIdBySlugOrName(db, parent);
  if (!id)
    rejectWith([
      { line, column: 'parent', message: 'unknown parent organization (list it on an earlier line)', value: parent },
    ]);
  return id;
}
