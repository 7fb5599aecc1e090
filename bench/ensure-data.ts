import { SingleBar, Presets } from 'cli-progress';
import type { Db } from '../src/db/connection';
import { designationCount } from './bench-database';
import { generateSyntheticData } from './synthetic-data';

/** Empties the benchmark database and fills it with `rows` synthetic designations, with a progress bar. */
export async function generateSyntheticDataWithProgress(db: Db, rows: number): Promise<void> {
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'generating [{bar}] {value}/{total}' }, Presets.shades_classic)
    : null;
  bar?.start(rows, 0);
  const started = performance.now();
  const generated = await generateSyntheticData(db, rows, (done) => bar?.update(done));
  bar?.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `generated ${rows.toLocaleString('en')} designations for ${generated.organizations.toLocaleString('en')} organizations in ${seconds} s`,
  );
}

/**
 * Any update of the data since it was generated, even one rolled back, leaves dead rows whose pages
 * lose their all-visible mark, and the planner then prices index-only scans as heap reads and picks
 * slower plans (docs/performance.md, "How to reproduce"). VACUUM marks them again; it skips the
 * pages still marked, so it is quick when nothing changed. No ANALYZE: the loader's statistics
 * stay, and with them the plans from run to run.
 */
async function vacuumDesignations(db: Db): Promise<void> {
  const started = performance.now();
  await db.raw('vacuum all_designations, designation_sources, organizations, organization_names');
  console.log(`vacuumed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Generates `rows` synthetic designations unless the database already holds exactly that many (then vacuums it). */
export async function ensureSyntheticData(db: Db, rows: number): Promise<void> {
  if ((await designationCount(db)) === rows) {
    console.log(`using the ${rows.toLocaleString('en')} designations already in the benchmark database`);
    await vacuumDesignations(db);
    return;
  }
  await generateSyntheticDataWithProgress(db, rows);
}
