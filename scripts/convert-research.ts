/**
 * Converts the research file into the project's seed data.
 *
 *   npx tsx scripts/convert-research.ts
 *
 * Reads seeds/research/designations-research.csv (an exact copy of the shared research file) and
 * writes seeds/data/{designations,jurisdiction-actions,laws,organizations}.csv. The output depends
 * only on the input, so running it twice gives identical bytes. Every mapping choice lives in a
 * named table under scripts/convert-research/; docs/data.md explains them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ORGANIZATION_KINDS, isOneOf } from '../src/domain/vocabularies';
import {
  DESIGNATION_COLUMNS,
  JURISDICTION_ACTION_COLUMNS,
  LAW_COLUMNS,
  ORGANIZATION_COLUMNS,
  toCsv,
  type CsvRecord,
} from './convert-research/csv-files';
import { toDesignation } from './convert-research/designations';
import { toJurisdictionAction } from './convert-research/jurisdiction-actions';
import { LAWS, assertLawsFollowResearch, lawSlug } from './convert-research/laws';
import { FAMILY_PARENTS, ORGANIZATION_PROFILES } from './convert-research/organizations';
import { unreviewedRegisterMention } from './convert-research/register-dates';
import { isValidCountryCode, type ConversionContext } from './convert-research/row-facts';
import { isAggregateRow, readResearchRows, type ResearchRow } from './convert-research/research-rows';
import { researchPublishersByUrl } from './convert-research/sources';
import { slugify } from './convert-research/slugs';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const RESEARCH_FILE = 'seeds/research/designations-research.csv';
export const OUTPUT_FILES = {
  designations: 'seeds/data/designations.csv',
  jurisdictionActions: 'seeds/data/jurisdiction-actions.csv',
  laws: 'seeds/data/laws.csv',
  organizations: 'seeds/data/organizations.csv',
} as const;

/** Research rows deliberately left out of both output files, with the reason. None so far. */
export const EXCLUDED_RESEARCH_ROWS: Readonly<Record<number, string>> = {};

export interface RowAccounting {
  researchRows: number;
  designations: number;
  jurisdictionActions: number;
  excluded: { row: number; reason: string }[];
}

export interface ConversionResult {
  designations: string;
  jurisdictionActions: string;
  laws: string;
  organizations: string;
  accounting: RowAccounting;
  /** Doubts found while converting (nothing is changed because of them). */
  warnings: string[];
}

export function convertResearch(csvText: string): ConversionResult {
  const rows = readResearchRows(csvText);
  assertLawsFollowResearch(rows);
  assertOrganizationTables();
  const context: ConversionContext = { researchPublishers: researchPublishersByUrl(rows), warnings: [] };
  const included = rows.filter((row) => !(row.rowNumber in EXCLUDED_RESEARCH_ROWS));
  const designations = included.filter((row) => !isAggregateRow(row)).map((row) => toDesignation(row, context));
  const jurisdictionActions = included.filter(isAggregateRow).map((row) => toJurisdictionAction(row, context));
  assertUniqueIds([...designations, ...jurisdictionActions]);
  const accounting = accountFor(rows, designations.length, jurisdictionActions.length);
  return {
    designations: toCsv(DESIGNATION_COLUMNS, designations),
    jurisdictionActions: toCsv(JURISDICTION_ACTION_COLUMNS, jurisdictionActions),
    laws: toCsv(LAW_COLUMNS, lawRecords()),
    organizations: toCsv(ORGANIZATION_COLUMNS, organizationRecords()),
    accounting,
    warnings: [...context.warnings, ...registerWarnings(rows), ...publisherSpellingWarnings(rows)],
  };
}

function lawRecords(): CsvRecord<typeof LAW_COLUMNS>[] {
  return LAWS.map((law) => ({
    slug: lawSlug(law),
    jurisdiction: law.jurisdiction,
    short_name: law.shortName,
    citation: law.citation,
    enacted_on: law.enactedOn,
    category: law.category,
  })).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The family parents; designated organizations travel in designations.csv with their profile. */
function organizationRecords(): CsvRecord<typeof ORGANIZATION_COLUMNS>[] {
  return Object.entries(FAMILY_PARENTS)
    .map(([name, profile]) => ({
      slug: slugify(name),
      name,
      kind: profile.kind,
      country: profile.country ?? '',
      parent: '',
      aliases: '',
      wikidata_id: '',
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

function assertOrganizationTables(): void {
  for (const [name, profile] of Object.entries({ ...ORGANIZATION_PROFILES, ...FAMILY_PARENTS })) {
    if (!isOneOf(ORGANIZATION_KINDS, profile.kind)) throw new Error(`${name}: unknown kind "${profile.kind}"`);
    if (profile.country && !isValidCountryCode(profile.country)) throw new Error(`${name}: unknown country "${profile.country}"`);
    if (profile.parent && !(profile.parent in FAMILY_PARENTS)) throw new Error(`${name}: parent "${profile.parent}" is not in FAMILY_PARENTS`);
    if (profile.parent === name) throw new Error(`${name} is its own parent`);
  }
  for (const [name, profile] of Object.entries(FAMILY_PARENTS)) {
    if (profile.parent) throw new Error(`Family parent ${name} must not have a parent itself`);
  }
}

function assertUniqueIds(records: readonly { id: string }[]): void {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id)) throw new Error(`Duplicate id ${id}: two research rows have the same identity`);
    seen.add(id);
  }
}

function accountFor(rows: readonly ResearchRow[], designations: number, jurisdictionActions: number): RowAccounting {
  const excluded = Object.entries(EXCLUDED_RESEARCH_ROWS).map(([row, reason]) => ({ row: Number(row), reason }));
  if (rows.length !== designations + jurisdictionActions + excluded.length) {
    throw new Error(`Row accounting does not add up: ${rows.length} research rows`);
  }
  return { researchRows: rows.length, designations, jurisdictionActions, excluded };
}

function registerWarnings(rows: readonly ResearchRow[]): string[] {
  return rows.map(unreviewedRegisterMention).filter((warning): warning is string => warning !== undefined);
}

/** The same source URL given with different publisher spellings (the first spelling is used). */
function publisherSpellingWarnings(rows: readonly ResearchRow[]): string[] {
  const spellings = new Map<string, Set<string>>();
  for (const row of rows) spellings.set(row.source_url, (spellings.get(row.source_url) ?? new Set()).add(row.source_publisher));
  return [...spellings]
    .filter(([, names]) => names.size > 1)
    .map(([url, names]) => `Source ${url} has publisher spellings ${[...names].map((name) => `"${name}"`).join(', ')}`);
}

function main(): void {
  const csvText = readFileSync(path.join(REPO_ROOT, RESEARCH_FILE), 'utf8');
  const result = convertResearch(csvText);
  for (const [key, file] of Object.entries(OUTPUT_FILES)) {
    const target = path.join(REPO_ROOT, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, result[key as keyof typeof OUTPUT_FILES], 'utf8');
  }
  const { researchRows, designations, jurisdictionActions, excluded } = result.accounting;
  console.log(
    `${researchRows} research rows = ${designations} designations + ${jurisdictionActions} jurisdiction actions + ${excluded.length} excluded`,
  );
  for (const warning of result.warnings) console.warn(`doubt: ${warning}`);
}

if (require.main === module) main();
