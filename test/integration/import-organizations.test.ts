import { createOrganization } from '../../src/services/editing/organization-editing';
import { mergeOrganizations } from '../../src/services/editing/merge-organizations';
import { importDesignations } from '../../src/services/import/import-designations';
import { createTestDatabase, TestDatabase } from '../support/database';
import { revisionCount } from '../support/editing';
import { fileInput, fixturePath } from '../support/fixtures';
import { snapshotDatabase } from '../support/snapshot';

const TODAY = '2026-12-08';
const withinAFile = () => fileInput(fixturePath('import', 'valid', 'organizations-within-a-file.csv'));

/** Each designation's organization by the row's note, with what the organization holds. */
async function organizationsByNote(testDb: TestDatabase) {
  const rows = await testDb
    .db('designations as d')
    .join('organizations as o', 'o.id', 'd.organization_id')
    .leftJoin('organizations as p', 'p.id', 'o.parent_id')
    .select('d.notes', 'o.slug', 'o.kind', 'o.hq_country', 'p.slug as parent');
  return Object.fromEntries(rows.map(({ notes, ...organization }) => [notes, organization]));
}

async function namesOf(testDb: TestDatabase, slug: string): Promise<string[]> {
  const rows = await testDb
    .db('organization_names as n')
    .join('organizations as o', 'o.id', 'n.organization_id')
    .where('o.slug', slug)
    .select('n.name');
  return rows.map((row) => row.name).sort();
}

/**
 * Rows of one file (one batch) that name an organization an earlier row of the same file created or
 * gave a name, by that name, that alias or its slug: each finds the organization the earlier row left,
 * as it would had the rows come in files of their own.
 */
describe('organizations that rows of one file create and name', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await createOrganization(testDb.db, 'test', { name: 'Gamma Trust', kind: 'foundation' });
    await createOrganization(testDb.db, 'test', { name: 'Survivor', kind: 'ngo' });
    await createOrganization(testDb.db, 'test', { name: 'Old Name', kind: 'ngo' });
    await mergeOrganizations(testDb.db, 'test', 'survivor', 'old-name', undefined);
  });
  afterAll(() => testDb.destroy());

  it('finds what earlier rows created or named, by name, alias and slug; a merged slug stays taken', async () => {
    const revisionsBefore = await revisionCount(testDb.db);
    expect(await importDesignations(testDb.db, withinAFile(), { today: TODAY })).toMatchObject({
      created: 9,
      organizationsCreated: 4,
      organizationsUpdated: 1,
    });
    const fooBarWatch = { slug: 'foo-bar-watch', kind: 'ngo', hq_country: 'RU', parent: null };
    expect(await organizationsByNote(testDb)).toEqual({
      'creates Foo Bar Watch with the alias FBW': fooBarWatch,
      'names it by the alias a row above gave it': fooBarWatch,
      'names it by its slug': fooBarWatch,
      'creates its parent too, with its own kind': {
        slug: 'child-group',
        kind: 'ngo',
        hq_country: 'RU',
        parent: 'parent-body',
      },
      'the parent named as an organization: another kind and a country': {
        slug: 'parent-body',
        kind: 'foundation',
        hq_country: 'GB',
        parent: null,
      },
      'an organization the database holds already': {
        slug: 'gamma-trust',
        kind: 'foundation',
        hq_country: null,
        parent: null,
      },
      'gives it an alias': { slug: 'gamma-trust', kind: 'foundation', hq_country: null, parent: null },
      'names it by that alias': { slug: 'gamma-trust', kind: 'foundation', hq_country: null, parent: null },
      'a new organization whose slug a merged one left behind': {
        slug: 'old-name-2',
        kind: 'ngo',
        hq_country: null,
        parent: null,
      },
    });
    expect(await namesOf(testDb, 'foo-bar-watch')).toEqual(['FBW', 'Foo Bar Watch']);
    expect(await namesOf(testDb, 'gamma-trust')).toEqual(['GTR', 'Gamma Trust']);
    // 4 organizations and their 5 names, 9 designations and their links to 1 source, 1 law, the
    // source itself, GTR, and an update each for Parent Body (kind, country) and Gamma Trust (its new name).
    expect((await revisionCount(testDb.db)) - revisionsBefore).toBe(4 + 5 + 9 + 9 + 1 + 1 + 1 + 2);
  });

  it('a second import of the same file changes nothing', async () => {
    const revisionsBefore = await revisionCount(testDb.db);
    expect(await importDesignations(testDb.db, withinAFile(), { today: TODAY })).toMatchObject({
      created: 0,
      unchanged: 9,
      organizationsCreated: 0,
      organizationsUpdated: 0,
    });
    expect(await revisionCount(testDb.db)).toBe(revisionsBefore);
  });
});

describe('an alias that two organizations of one file take', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.destroy());

  it('makes a later row naming it ambiguous: the import is refused and writes nothing', async () => {
    const before = await snapshotDatabase(testDb.db);
    const file = fileInput(fixturePath('import', 'invalid', 'organization-ambiguous-within-a-file.csv'));
    await expect(importDesignations(testDb.db, file, { today: TODAY })).rejects.toMatchObject({
      rowProblems: [
        { line: 4, column: 'organization', message: 'ambiguous organization: it names Alpha, Beta', value: 'AB' },
      ],
    });
    expect(await snapshotDatabase(testDb.db)).toEqual(before);
  });
});
