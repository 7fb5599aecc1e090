import type { Db } from '../../src/db/connection';

const TABLES = ['organizations', 'organization_names', 'laws', 'designations', 'sources', 'designation_sources'];

/** Every row of every data table, in a stable order: equal snapshots mean nothing changed. */
export async function snapshotDatabase(db: Db): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const rows = await db(table).select('*');
    snapshot[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}
