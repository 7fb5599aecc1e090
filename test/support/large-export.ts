import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../src/db/connection';
import { recordedTransaction } from '../../src/db/recorded-transaction';
import { importDesignations } from '../../src/services/import/import-designations';
import { DatabaseState, MIGRATED } from './database';
import { fileInput } from './fixtures';
import { writeGeneratedCsv } from './generate-interchange';

/** The generated designations of LARGE_EXPORT. */
export const LARGE_EXPORT_ROWS = 2500;
const NOTES_LENGTH = 8000;

/**
 * A migrated database whose designations export to about 20 MB (LARGE_EXPORT_ROWS rows of 8 KB of
 * notes): more than the loopback socket buffers hold, so a client that stops reading holds the
 * export open on the server. Made once per run for the files that hold, abandon, break or signal
 * exports in flight.
 */
export const LARGE_EXPORT: DatabaseState = {
  name: 'largeexport',
  base: MIGRATED,
  fingerprint: () => `${LARGE_EXPORT_ROWS}x${NOTES_LENGTH}`,
  acrossRuns: false,
  make: async (db) => {
    await importGeneratedRows(db);
    await padNotes(db);
  },
};

async function importGeneratedRows(db: Db): Promise<void> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'large-export-'));
  try {
    const file = path.join(directory, 'rows.csv');
    writeGeneratedCsv(file, LARGE_EXPORT_ROWS);
    await importDesignations(db, fileInput(file));
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * The notes the generator would have padded, written in SQL after the import: the importer's CSV
 * parser reads 20 MB of cells twice (validation, then writing) at ~10 s of CPU on PGlite, this
 * update ~2 s. The rows are the same; the history holds one recorded update more per designation.
 */
async function padNotes(db: Db): Promise<void> {
  await recordedTransaction(db, 'import', (trx) =>
    trx.raw(`update designations set notes = repeat('n', ?)`, [NOTES_LENGTH]),
  );
}
