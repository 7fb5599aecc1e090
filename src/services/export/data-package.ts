import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import archiver from 'archiver';
import type { Knex } from 'knex';
import { COPY_CSV, copyOut } from '../../queries/copy-out';
import { dataPackageSelect } from '../../queries/data-package-tables';
import { DATA_PACKAGE_RESOURCES, TableResource } from './data-package-schema';

/** datapackage.json: the descriptor of the Tabular Data Package. */
export function dataPackageDescriptor(today: string): object {
  return {
    profile: 'tabular-data-package',
    name: 'ngo-sanction-tracker',
    title: 'NGO Sanction Tracker: state actions against non-governmental organizations',
    description:
      'A structured, sourced record of what states do to NGOs (designations, liquidations, licence cancellations, ' +
      'office closures, asset freezes): who was targeted, where, under which law, when, for what stated reasons. ' +
      'Every designation and jurisdiction-level action cites its sources; cite them.',
    version: today,
    created: `${today}T00:00:00Z`,
    resources: DATA_PACKAGE_RESOURCES.map(resourceDescriptor),
  };
}

function resourceDescriptor(resource: TableResource): object {
  return {
    name: resource.name,
    path: `${resource.name}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    description: resource.description,
    dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true, lineTerminator: '\n' },
    schema: {
      fields: resource.fields,
      missingValues: [''],
      primaryKey: resource.primaryKey,
      ...(resource.foreignKeys ? { foreignKeys: resource.foreignKeys } : {}),
    },
  };
}

function resourceCsv(db: Knex, resource: TableResource): Readable {
  return copyOut(db, dataPackageSelect(resource.name), COPY_CSV);
}

/** Writes datapackage.json and one CSV per resource into `dir` (created if missing). */
export async function writeDataPackage(db: Knex, dir: string, today: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'datapackage.json'), `${JSON.stringify(dataPackageDescriptor(today), null, 2)}\n`);
  for (const resource of DATA_PACKAGE_RESOURCES) {
    await pipeline(resourceCsv(db, resource), fs.createWriteStream(path.join(dir, `${resource.name}.csv`)));
  }
  return `datapackage.json and ${DATA_PACKAGE_RESOURCES.length} CSV files`;
}

/**
 * Streams the data package as a zip. The CSVs are added one after another, each from its own
 * COPY, so the database never has more than one export running for one download.
 */
export function dataPackageZip(db: Knex, today: string): Readable {
  const zip = archiver('zip', { zlib: { level: 6 } });
  zip.append(`${JSON.stringify(dataPackageDescriptor(today), null, 2)}\n`, { name: 'datapackage.json' });
  void (async () => {
    try {
      for (const resource of DATA_PACKAGE_RESOURCES) {
        const csv = resourceCsv(db, resource);
        const added = new Promise<void>((resolve, reject) => {
          zip.once('entry', () => resolve());
          csv.once('error', reject);
        });
        zip.append(csv, { name: `${resource.name}.csv` });
        await added;
      }
      await zip.finalize();
    } catch (error) {
      zip.destroy(error as Error);
    }
  })();
  return zip;
}
