/**
 * Benchmarks: `npm run bench -- <name> [--rows N] [--database URL]`. They print figures; no test
 * asserts timings. The database must be a PostgreSQL database whose name starts with ngo_bench.
 * `load` runs on the seed data in a database of its own (it ignores --rows and BENCH_DATABASE_URL);
 * `startup` defaults to 300,000 rows in ngo_bench_300k.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_BENCH_URL, DEFAULT_LOAD_URL, DEFAULT_STARTUP_URL } from './bench-database';
import { benchApi } from './api';
import { benchData } from './data';
import { benchExport } from './export';
import { benchLoad } from './load';
import { benchSpike } from './spike';
import { benchStartup } from './startup';

const BENCHMARKS: Record<string, (databaseUrl: string, rows: number) => Promise<void>> = {
  data: benchData,
  api: benchApi,
  export: benchExport,
  load: (databaseUrl) => benchLoad(databaseUrl),
  startup: benchStartup,
  spike: () => benchSpike(),
};

/** `load` re-creates its database, so it never defaults to the one holding synthetic data; `startup` has its own scale. */
const DEFAULT_DATABASES: Record<string, string> = { load: DEFAULT_LOAD_URL, startup: DEFAULT_STARTUP_URL };
const DEFAULT_ROWS: Record<string, number> = { startup: 300_000 };

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { rows: { type: 'string' }, database: { type: 'string' } },
  });
  const [name] = positionals;
  const benchmark = BENCHMARKS[name];
  const rows = Number(values.rows ?? DEFAULT_ROWS[name] ?? 1_000_000);
  if (!benchmark || !Number.isInteger(rows) || rows < 1) {
    console.error(
      `usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}> [--rows N] [--database postgres://…/ngo_bench]`,
    );
    process.exit(2);
  }
  await benchmark(
    values.database ?? DEFAULT_DATABASES[name] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_URL,
    rows,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
