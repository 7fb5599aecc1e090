import type { Db } from '../../src/db/connection';

// all_designations holds deleted designations too; revisions must not change when nothing else does.
const TABLES = [
  'organizations',
  'organization_names',
  'organization_slug_redirects',
  'laws',
  'all_designations',
  'sources',
  'designation_sources',
  'known_totals',
  'organization_identifiers',
  'revisions',
];

/** Every row of every data table and of the history, in a stable order: equal snapshots mean nothing changed. */
export async function snapshotDatabase(db: Db): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const rows = await db(table).select('*');
    snapshot[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}

/**
 * A hash of every row of the same tables, computed in the database: cheap enough to take after
 * every request of a property test, and different as soon as one row is added, changed or removed.
 * The history is append-only (a trigger refuses updates and deletes; ids come from a sequence), so
 * its row count and last id stand for its rows: hashing every before and after image would cost
 * more than the request under test.
 */
export async function fingerprintDatabase(db: Db): Promise<Record<string, string>> {
  const hashes = TABLES.filter((table) => table !== 'revisions').map((table) =>
    db.raw(`(select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from ?? t) as ??`, [table, table]),
  );
  const history = db.raw(`(select count(*) || ':' || coalesce(max(id), 0) from revisions) as revisions`);
  const [row] = await db.select([...hashes, history]);
  return row;
}
