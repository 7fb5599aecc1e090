import type { Db } from '../../src/db/connection';

// all_designations holds deleted designations too; revisions must not change when nothing else does.
const TABLES = ['organizations', 'organization_names', 'organization_slug_redirects', 'laws', 'all_designations', 'sources', 'designation_sources', 'revisions'];

/** Every row of every data table and of the history, in a stable order: equal snapshots mean nothing changed. */
export async function snapshotDatabase(db: Db): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const rows = await db(table).select('*');
    snapshot[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}
