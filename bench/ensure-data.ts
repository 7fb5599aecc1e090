import { SingleBar, Presets } from 'cli-progress';
import type { Db } from '../src/db/connection';
import { designationCount } from './bench-database';
import { generateSyntheticData } from './synthetic-data';

/** Empties the benchmark database and fills it with `rows` synthetic designations, with a progress bar. */
export async function generateSyntheticDataWithProgress(db: Db, rows: number): Promise<void> {
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'generating [{bar}] {value}/{total}' }, Presets.shades_classic) : null;
  bar?.start(rows, 0);
  const started = performance.now();
  const generated = await generateSyntheticData(db, rows, (done) => bar?.update(done));
  bar?.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`generated ${rows.toLocaleString('en')} designations for ${generated.organizations.toLocaleString('en')} organizations in ${seconds} s`);
}

/** Generates `rows` synthetic designations unless the database already holds exactly that many. */
export async function ensureSyntheticData(db: Db, rows: number): Promise<void> {
  if ((await designationCount(db)) === rows) {
    console.log(`using the ${rows.toLocaleString('en')} designations already in the benchmark database`);
    return;
  }
  await generateSyntheticDataWithProgress(db, rows);
}
