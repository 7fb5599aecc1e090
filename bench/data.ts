/** bench/data: (re)generates the synthetic dataset at a chosen scale and reports how long it took. */
import { openBenchDatabase } from './bench-database';
import { generateSyntheticDataWithProgress } from './ensure-data';

export async function benchData(databaseUrl: string, rows: number): Promise<void> {
  const db = await openBenchDatabase(databaseUrl);
  try {
    await generateSyntheticDataWithProgress(db, rows);
  } finally {
    await db.destroy();
  }
}
