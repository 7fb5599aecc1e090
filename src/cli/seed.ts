import { seedDatabase } from '../services/seed/seed-database';
import { withDatabase } from '../app/database';
import { summaryLine } from './import';
import { Progress, startProgress } from './progress';

/** `ngo-tracker seed [--dir DIR]`. */
export async function runSeed(options: { dir?: string }): Promise<void> {
  const summary = await withDatabase(async (db) => {
    let bar: Progress | null = null;
    try {
      return await seedDatabase(db, {
        dir: options.dir,
        onProgress: ({ phase, rows, total }) => {
          if (phase !== 'write') return;
          bar ??= startProgress('seeding', total ?? rows);
          bar.update(rows);
        },
      });
    } finally {
      (bar as Progress | null)?.stop();
    }
  });
  process.stdout.write(
    `laws: ${summary.laws}, reference organizations: ${summary.organizations}, jurisdiction-level actions: ${summary.jurisdictionActions}` +
      `, known totals: ${summary.knownTotals ?? 'none (no known-totals.csv)'}\n` +
      `designations: ${summaryLine(summary.designations)}\n`,
  );
}
