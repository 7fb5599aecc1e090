import type { Command } from 'commander';
import { seedDatabase } from '../services/seed';
import { withDatabase } from './database';
import { summaryLine } from './import';
import { Progress, startProgress } from './progress';

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('load the real seed dataset (seeds/data); safe to re-run: unchanged rows stay as they are')
    .option('--dir <dir>', 'load seed files of the same format from this folder instead of seeds/data')
    .action(async (options: { dir?: string }) => {
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
    });
}
