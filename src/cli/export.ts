import fs from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { designationFiltersFrom, statusDay } from '../domain/designation-filters';
import { InvalidInputError } from '../domain/errors';
import { csvExportParameters } from '../domain/export-parameters';
import { todayPartialDate } from '../domain/partial-date';
import { countExport, exportDesignations } from '../services/export/designation-export';
import { writeDataPackage } from '../services/export/data-package';
import { withDatabase } from '../app/database';
import { writeFtmExport } from './export-ftm';
import { parseOptions } from './designation-filter-options';
import { startProgress } from './progress';

const OWN_OPTIONS = ['format', 'out', 'datapackage'];

/** Counts lines going by (one per NDJSON row; a CSV row with line breaks inside counts more). */
function lineCounter(onLines: (lines: number) => void): Transform {
  let lines = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) lines++;
      onLines(lines);
      callback(null, chunk);
    },
  });
}

/** `ngo-tracker export [filters] [--format csv|ndjson|ftm] [--bom] [--out FILE]`, or `--datapackage DIR`. */
export async function runExport(options: Record<string, unknown>): Promise<void> {
  if (options.format !== 'csv' && options.format !== 'ndjson' && options.format !== 'ftm') {
    throw new InvalidInputError(`--format must be csv, ndjson or ftm, not ${String(options.format)}`);
  }
  if (options.bom && options.format !== 'csv') throw new InvalidInputError('--bom applies to CSV only');
  const values = parseOptions(csvExportParameters, options, OWN_OPTIONS);
  const today = todayPartialDate().start;
  await withDatabase(async (db) => {
    if (typeof options.datapackage === 'string') {
      const summary = await writeDataPackage(db, options.datapackage, today);
      process.stderr.write(`data package written to ${options.datapackage}: ${summary}\n`);
      return;
    }
    const filters = designationFiltersFrom(values);
    if (options.format === 'ftm')
      return writeFtmExport(
        db,
        filters,
        statusDay(filters, today),
        typeof options.out === 'string' ? options.out : undefined,
      );
    const rows = exportDesignations(db, filters, {
      format: options.format as 'csv' | 'ndjson',
      bom: values.bom,
      today: statusDay(filters, today),
    });
    if (typeof options.out !== 'string') {
      await pipeline(rows, process.stdout, { end: false });
      return;
    }
    // A bar only where someone watches: a file written from a terminal (stderr is one).
    const progress = process.stderr.isTTY ? startProgress('exporting', await countExport(db, filters, today)) : null;
    try {
      const counted = progress ? [lineCounter((lines) => progress.update(Math.max(0, lines - 1)))] : [];
      await pipeline([rows, ...counted, fs.createWriteStream(options.out)]);
    } finally {
      progress?.stop();
    }
  });
}
