import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Express } from 'express';
import { seededTestApp } from '../support/app';
import { runCli } from '../support/cli';
import { TestDatabase } from '../support/database';
import { download, unzip } from '../support/export-helpers';
import { createProcessDatabase } from '../support/process-database';
import { SEEDED } from '../support/seed-fixture';
import { temporaryDirectory } from '../support/temporary-directory';

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

/** What a Frictionless reader checks: headers, required, enum, pattern, unique keys, foreign keys. */
function checkAgainstDescriptor(files: Map<string, Buffer>): Record<string, number> {
  const descriptor = JSON.parse(files.get('datapackage.json')!.toString('utf8'));
  expect(descriptor).toMatchObject({ profile: 'tabular-data-package', name: 'ngo-sanction-tracker' });
  const tables = new Map<string, Record<string, string>[]>();
  for (const resource of descriptor.resources as Resource[]) {
    const csv = files.get(resource.path);
    expect(csv).toBeDefined();
    const [header]: string[][] = parse(csv!, { to_line: 1 });
    expect(header).toEqual(resource.schema.fields.map((field) => field.name));
    tables.set(resource.name, parse(csv!, { columns: true }));
  }
  const counts: Record<string, number> = {};
  for (const resource of descriptor.resources as Resource[]) {
    const rows = tables.get(resource.name)!;
    counts[resource.name] = rows.length;
    for (const field of resource.schema.fields) {
      for (const row of rows) {
        const value = row[field.name];
        if (field.constraints?.required) expect(`${resource.name}.${field.name}=${value}`).not.toMatch(/=$/);
        if (value === '') continue;
        if (field.constraints?.enum) expect(field.constraints.enum).toContain(value);
        if (field.constraints?.pattern) expect(value).toMatch(new RegExp(field.constraints.pattern));
        if (field.type === 'integer') expect(value).toMatch(/^-?\d+$/);
      }
    }
    const keys = rows.map((row) => resource.schema.primaryKey.map((column) => row[column]).join('|'));
    expect(new Set(keys).size).toBe(rows.length);
    for (const foreignKey of resource.schema.foreignKeys ?? []) {
      const referenced = new Set(
        tables
          .get(foreignKey.reference.resource)!
          .map((row) => foreignKey.reference.fields.map((column) => row[column]).join('|')),
      );
      for (const row of rows) {
        const value = foreignKey.fields.map((column) => row[column]).join('|');
        if (value !== '') expect(referenced.has(value)).toBe(true);
      }
    }
  }
  return counts;
}

describe('the dataset as a Frictionless Data Package', () => {
  let testDb: TestDatabase;
  let app: Express;
  beforeAll(async () => ({ testDb, app } = await seededTestApp()));
  afterAll(() => testDb.destroy());

  it('GET /api/v1/datapackage.zip: every table, described, with keys that hold', async () => {
    const response = await download(app, '/api/v1/datapackage.zip');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename=ngo-sanction-tracker-datapackage-\d{4}-\d{2}-\d{2}\.zip$/,
    );
    const counts = checkAgainstDescriptor(await unzip(response.body));
    expect(counts).toMatchObject({ designations: 122, jurisdiction_actions: 3, laws: 11 });
    expect(counts.organizations).toBeGreaterThan(100);
  });

  it('ngo-tracker export --datapackage DIR writes the same package', async () => {
    const dir = temporaryDirectory('datapackage');
    const database = await createProcessDatabase({ from: SEEDED });
    try {
      expect(await runCli(['export', '--datapackage', dir], database.env)).toMatchObject({ code: 0, stdout: '' });
    } finally {
      await database.destroy();
    }
    const files = new Map(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]));
    expect(checkAgainstDescriptor(files)).toMatchObject({ designations: 122, jurisdiction_actions: 3 });
  });
});
