import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  OUTPUT_FILES,
  REPO_ROOT,
  RESEARCH_DIR,
  convertResearch,
  readResearchFiles,
  type ConversionResult,
} from '../../scripts/convert-research';
import { RESEARCH_FILES } from '../../scripts/convert-research/research-rows';
import { MEASURES, ORGANIZATION_KINDS, REASON_TAGS, isOneOf } from '../../src/domain/vocabularies';

/** sha256 of the shared research files this seed data was converted from (docs/data.md). */
const RESEARCH_SHA256: Record<(typeof RESEARCH_FILES)[number], string> = {
  'designations-research.csv': '4a580f97d0208b513cf33875b70ad8c22207f5c388fc5b72fe9cdd24817078c5',
  'designations-research-2.csv': 'ad29aab9e44a15b822ded2edf9732a90ddf7acb9113bc547b4a667448fa0d6a3',
  'designations-research-3.csv': 'ba1b5b79da929c74a975b63ea0fcc94704660d77c68b6621bd42d7fbdd1b5b69',
  'designations-research-4.csv': '95a21f944b14804b336f8ef919723f93209453116f732c225b442b341056e660',
  'designations-research-5.csv': 'a125fb9c458bf561fc3d888b63a44a26f7d9a91f42f21e321fad6ca225787bf2',
  'designations-research-6.csv': '1102ba58d48bce63451c49df9136effb3ea6f1e29be88f83405c958895157bff',
};

/** Rows per research file, as the shared data's README counts them. */
const RESEARCH_ROWS = [125, 196, 110, 523, 35, 350];

type CsvRow = Record<string, string>;

function readRepoFile(file: string): string {
  return readFileSync(path.join(REPO_ROOT, file), 'utf8');
}

function rowsOf(csvText: string): CsvRow[] {
  return parse(csvText, { columns: true });
}

describe('convert-research', () => {
  const researchTexts = readResearchFiles();
  let result: ConversionResult;
  let designations: CsvRow[];

  beforeAll(() => {
    result = convertResearch(researchTexts);
    designations = rowsOf(result.designations);
  });

  it.each(RESEARCH_FILES)('converts the committed copy of %s', (file) => {
    expect(
      createHash('sha256')
        .update(readFileSync(path.join(REPO_ROOT, RESEARCH_DIR, file)))
        .digest('hex'),
    ).toBe(RESEARCH_SHA256[file]);
  });

  it.each(Object.entries(OUTPUT_FILES))('reproduces the committed %s file byte for byte', (key, file) => {
    expect(result[key as keyof typeof OUTPUT_FILES]).toBe(readRepoFile(file));
  });

  it('gives identical output when run twice', () => {
    const again = convertResearch(researchTexts);
    for (const key of Object.keys(OUTPUT_FILES) as (keyof typeof OUTPUT_FILES)[]) {
      expect(again[key]).toBe(result[key]);
    }
  });

  it('accounts for every row of every research file', () => {
    const { perFile, totalDesignations } = result.accounting;
    expect(perFile.map((line) => line.rows)).toEqual(RESEARCH_ROWS);
    expect(researchTexts.map((text) => rowsOf(text).length)).toEqual(RESEARCH_ROWS);
    for (const line of perFile) {
      expect(line.designations + line.mergedInto + line.endings + line.jurisdictionActions + line.leftOut).toBe(
        line.rows,
      );
    }
    expect(designations).toHaveLength(totalDesignations);
    expect(rowsOf(result.jurisdictionActions)).toHaveLength(
      perFile.reduce((sum, line) => sum + line.jurisdictionActions, 0),
    );
  });

  it('ends a foreign-agent listing with its register exclusion instead of adding a designation', () => {
    const golos = designations.filter(
      (d) => d.organization === 'Golos Association' && d.measure === 'foreign_agent_designation',
    );
    expect(golos).toHaveLength(1);
    expect(golos[0]).toMatchObject({ decided_on: '2014-06-09', ended_on: '2020-03-13', status: 'ended' });
    expect(golos[0]?.notes).toContain('listed 2014-06-05');
    expect(result.endingConflicts.find((conflict) => conflict.organization === 'Golos Association')).toMatchObject({
      listedAsNoted: '2014-06-05',
      listingKept: '2014-06-09',
    });
    expect(result.accounting.perFile[5]).toMatchObject({ endings: 165 });
  });

  it('makes one organization of one entity named in several files, scripts and spellings', () => {
    expect(designations.filter((d) => d.organization === 'Konrad-Adenauer-Stiftung e.V.')).toEqual([]);
    const adenauer = designations.filter((d) => d.organization === 'Konrad Adenauer Stiftung');
    expect(adenauer.map((d) => d.jurisdiction).sort()).toEqual(expect.arrayContaining(['RU']));
    expect(adenauer[0]?.organization_aliases.split('; ')).toEqual(
      expect.arrayContaining(['Konrad-Adenauer-Stiftung e.V.', 'Konrad Adenauer Foundation']),
    );
    const identifiers = rowsOf(result.identifiers);
    const ogrns = identifiers
      .filter((identifier) => identifier.scheme === 'ru_ogrn')
      .map((identifier) => identifier.value);
    expect(new Set(ogrns).size).toBe(ogrns.length);
  });

  it('keeps actions that are not state acts apart', () => {
    const nicaragua = designations.filter(
      (d) => d.jurisdiction === 'NI' && d.measure === 'self_closure_under_pressure',
    );
    expect(nicaragua.length).toBeGreaterThan(30);
    const zimbabwe = designations.filter((d) => d.jurisdiction === 'ZW' && d.measure === 'deregistration_announced');
    expect(zimbabwe.map((d) => d.organization)).toContain('Jairos Jiri Association');
  });

  it('writes UTF-8 without BOM, LF line ends and the interchange header', () => {
    expect(result.designations.startsWith('id,organization,organization_aliases,organization_kind,')).toBe(true);
    expect(result.designations).not.toMatch(/\r/);
    expect(result.designations.charCodeAt(0)).not.toBe(0xfeff);
    expect(result.designations.endsWith('\n')).toBe(true);
  });

  it('converts National Endowment for Democracy (RU, 28 Jul 2015)', () => {
    const row = designations.find(
      (d) => d.organization === 'National Endowment for Democracy' && d.jurisdiction === 'RU',
    );
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
    const row = designations.find(
      (d) => d.organization === 'Human Rights Watch' && d.jurisdiction === 'RU' && d.unit === '',
    );
    expect(row).toMatchObject({ decided_on: '2025-11-10', listed_on: '2025-11-28' });
  });

  it('keeps the AGGREGATE rows out of the designations', () => {
    expect(designations.some((d) => d.organization.startsWith('AGGREGATE'))).toBe(false);
    const actions = rowsOf(result.jurisdictionActions);
    expect(actions.filter((a) => a.jurisdiction === 'NI').map((a) => a.organizations_affected)).toEqual([
      '100',
      '25',
      '1500',
      '100',
    ]);
    expect(actions).toHaveLength(7);
  });

  it('uses only vocabulary values, known laws and listed parents', () => {
    const laws = rowsOf(result.laws);
    const parents = new Set(rowsOf(result.organizations).map((o) => o.name));
    for (const row of designations) {
      expect(isOneOf(MEASURES, row.measure ?? '')).toBe(true);
      expect(isOneOf(ORGANIZATION_KINDS, row.organization_kind ?? '')).toBe(true);
      for (const tag of (row.reason_tags ?? '').split('; ').filter(Boolean))
        expect(isOneOf(REASON_TAGS, tag)).toBe(true);
      if (row.law)
        expect(laws.some((law) => law.short_name === row.law && law.jurisdiction === row.jurisdiction)).toBe(true);
      if (row.organization_parent) expect(parents.has(row.organization_parent)).toBe(true);
      expect((row.source_urls ?? '').split('; ')).toHaveLength((row.source_publishers ?? '').split('; ').length);
    }
  });

  it('gives every designation a distinct id', () => {
    expect(new Set(designations.map((d) => d.id)).size).toBe(designations.length);
  });
});
