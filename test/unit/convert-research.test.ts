import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  OUTPUT_FILES,
  REPO_ROOT,
  RESEARCH_FILE,
  convertResearch,
  type ConversionResult,
} from '../../scripts/convert-research';
import { MEASURES, ORGANIZATION_KINDS, REASON_TAGS, isOneOf } from '../../src/domain/vocabularies';

/** sha256 of the shared research file this seed data was converted from (docs/data.md). */
const RESEARCH_SHA256 = '4a580f97d0208b513cf33875b70ad8c22207f5c388fc5b72fe9cdd24817078c5';

type CsvRow = Record<string, string>;

function readRepoFile(file: string): string {
  return readFileSync(path.join(REPO_ROOT, file), 'utf8');
}

function rowsOf(csvText: string): CsvRow[] {
  return parse(csvText, { columns: true });
}

describe('convert-research', () => {
  const researchText = readRepoFile(RESEARCH_FILE);
  let result: ConversionResult;
  let designations: CsvRow[];

  beforeAll(() => {
    result = convertResearch(researchText);
    designations = rowsOf(result.designations);
  });

  it('converts the committed copy of the research file', () => {
    expect(createHash('sha256').update(readFileSync(path.join(REPO_ROOT, RESEARCH_FILE))).digest('hex')).toBe(RESEARCH_SHA256);
  });

  it.each(Object.entries(OUTPUT_FILES))('reproduces the committed %s file byte for byte', (key, file) => {
    expect(result[key as keyof typeof OUTPUT_FILES]).toBe(readRepoFile(file));
  });

  it('gives identical output when run twice', () => {
    const again = convertResearch(researchText);
    for (const key of Object.keys(OUTPUT_FILES) as (keyof typeof OUTPUT_FILES)[]) {
      expect(again[key]).toBe(result[key]);
    }
  });

  it('accounts for every research row', () => {
    const researchRows = rowsOf(researchText).length;
    const { accounting } = result;
    expect(researchRows).toBe(125);
    expect(accounting.researchRows).toBe(researchRows);
    expect(designations).toHaveLength(accounting.designations);
    expect(rowsOf(result.jurisdictionActions)).toHaveLength(accounting.jurisdictionActions);
    expect(accounting.jurisdictionActions).toBe(3);
    expect(accounting.designations + accounting.jurisdictionActions + accounting.excluded.length).toBe(researchRows);
  });

  it('writes UTF-8 without BOM, LF line ends and the interchange header', () => {
    expect(result.designations.startsWith('id,organization,organization_aliases,organization_kind,')).toBe(true);
    expect(result.designations).not.toMatch(/\r/);
    expect(result.designations.charCodeAt(0)).not.toBe(0xfeff);
    expect(result.designations.endsWith('\n')).toBe(true);
  });

  it('converts National Endowment for Democracy (RU, 28 Jul 2015)', () => {
    const row = designations.find((d) => d.organization === 'National Endowment for Democracy' && d.jurisdiction === 'RU');
    expect(row).toMatchObject({
      decided_on: '2015-07-28',
      measure: 'undesirable_designation',
      law: 'Undesirable organizations law',
      organization_aliases: 'NED',
      status: 'active',
    });
  });

  it('splits the Human Rights Watch Moscow office into organization and unit', () => {
    const row = designations.find((d) => d.organization === 'Human Rights Watch' && d.unit === 'Moscow office');
    expect(row).toMatchObject({
      decided_on: '2022-04-08',
      measure: 'registration_revoked',
      jurisdiction: 'RU',
      organization_country: 'US',
    });
    expect(row?.notes).toContain('Action as researched: registration revoked (office closure).');
  });

  it('puts Amnesty International India in the Amnesty International family', () => {
    const row = designations.find((d) => d.organization === 'Amnesty International India');
    expect(row).toMatchObject({
      organization_parent: 'Amnesty International',
      measure: 'asset_freeze',
      decided_on: '2020-09-10',
      jurisdiction: 'IN',
    });
  });

  it('keeps the Human Rights Watch register date apart from the disputed decision date', () => {
    const row = designations.find((d) => d.organization === 'Human Rights Watch' && d.jurisdiction === 'RU' && d.unit === '');
    expect(row).toMatchObject({ decided_on: '2025-11-10', listed_on: '2025-11-28' });
  });

  it('keeps the AGGREGATE rows out of the designations', () => {
    expect(designations.some((d) => d.organization.startsWith('AGGREGATE'))).toBe(false);
    const actions = rowsOf(result.jurisdictionActions);
    expect(actions.map((a) => a.organizations_affected)).toEqual(['100', '25', '1500']);
    expect(actions.every((a) => a.jurisdiction === 'NI')).toBe(true);
  });

  it('uses only vocabulary values, known laws and listed parents', () => {
    const laws = rowsOf(result.laws);
    const parents = new Set(rowsOf(result.organizations).map((o) => o.name));
    for (const row of designations) {
      expect(isOneOf(MEASURES, row.measure ?? '')).toBe(true);
      expect(isOneOf(ORGANIZATION_KINDS, row.organization_kind ?? '')).toBe(true);
      for (const tag of (row.reason_tags ?? '').split('; ').filter(Boolean)) expect(isOneOf(REASON_TAGS, tag)).toBe(true);
      if (row.law) expect(laws.some((law) => law.short_name === row.law && law.jurisdiction === row.jurisdiction)).toBe(true);
      if (row.organization_parent) expect(parents.has(row.organization_parent)).toBe(true);
      expect((row.source_urls ?? '').split('; ')).toHaveLength((row.source_publishers ?? '').split('; ').length);
    }
  });

  it('gives every designation a distinct id', () => {
    expect(new Set(designations.map((d) => d.id)).size).toBe(designations.length);
  });
});
