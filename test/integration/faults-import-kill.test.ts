import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../src/db/connection';
import { importDesignations } from '../../src/services/import/import-designations';
import { startCliInTerminal } from '../support/cli';
import { fileInput } from '../support/fixtures';
import { writeGeneratedCsv } from '../support/generate-interchange';
import { createProcessDatabase, ProcessDatabase } from '../support/process-database';
import { snapshotDatabase } from '../support/snapshot';

/**
 * `ngo-tracker import` writes the whole file in one transaction: killed with SIGKILL half-way (no
 * chance to roll back itself), it must leave the database exactly as it was. On PostgreSQL the
 * server rolls back the dead client's transaction; on PGlite (PGLITE_DIR on disk) the next open
 * recovers from the write-ahead log without the uncommitted rows.
 */
describe('an import killed with SIGKILL half-way', () => {
  let database: ProcessDatabase;
  let directory: string;
  let before: Record<string, unknown[]>;
  beforeAll(async () => {
    database = await createProcessDatabase();
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'import-kill-'));
    // What is there before: 1,000 designations with their revisions. The file to kill updates
    // those (its first rows) and adds 9,000 more: 20 batches, so a kill after the first lands mid-way.
    writeGeneratedCsv(path.join(directory, 'before.csv'), 1000);
    writeGeneratedCsv(path.join(directory, 'large.csv'), 10_000, 10);
    // Snapshotted on the same open as the import: on PGlite each open of the directory costs a start.
    before = await database.use(async (db) => {
      await importDesignations(db, fileInput(path.join(directory, 'before.csv')));
      return snapshotDatabase(db);
    });
  }, 180_000);
  afterAll(async () => {
    await database?.destroy();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('leaves every table, revisions included, as it was before the import began', async () => {
    const importing = await startCliInTerminal(['import', path.join(directory, 'large.csv')], database.env);
    try {
      // The writing bar appears once the first batch of 500 rows is written in the transaction.
      while (!/writing \[/.test(importing.output())) {
        if (await Promise.race([importing.exited.then(() => true), pause(100)]))
          throw new Error(`the import ended before it was killed:\n${importing.output()}`);
      }
      if (database.backend === 'postgres') expect(await database.use(importTransactionHasWritten)).toBe(true);
    } finally {
      killHard(importing.pid);
      await importing.exited;
    }

    // And the database is usable: the same rows import again as unchanged. Checked on the open that
    // snapshots it, sparing a CLI process and (on PGlite) another start.
    const after = await database.use(async (db) => ({
      snapshot: await snapshotDatabase(db),
      again: await importDesignations(db, fileInput(path.join(directory, 'before.csv'))),
    }));
    expect(after.snapshot).toEqual(before);
    expect(after.again).toMatchObject({ created: 0, updated: 0, unchanged: 1000 });
  }, 180_000);
});

function killHard(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    // Already ended by itself: the check above reports why.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

function pause(ms: number): Promise<false> {
  return new Promise((resolve) => setTimeout(() => resolve(false), ms));
}

/** The CLI's transaction holds a transaction id only once it has written a row. */
async function importTransactionHasWritten(db: Db): Promise<boolean> {
  const result = await db.raw(
    `select count(*)::int as writing from pg_stat_activity
      where datname = current_database() and application_name = 'ngo-tracker' and backend_xid is not null and pid <> pg_backend_pid()`,
  );
  return result.rows[0].writing > 0;
}
