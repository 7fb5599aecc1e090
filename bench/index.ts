/**
 * Benchmarks: `npm run bench -- <name> [--rows N] [--database URL]`. They print figures; no test
 * asserts timings. The database must be a PostgreSQL database whose name starts with ngo_bench.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_BENCH_URL } from './bench-database';
import { benchApi } from './api';
import { benchData } from './data';
import { benchExport } from './export';

const BENCHMARKS: Record<string, (databaseUrl: string, rows: number) => Promise<void>> = {
  data: benchData,
  api: benchApi,
  export: benchExport,
};

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { rows: { type: 'string', default: '1000000' }, database: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_URL } },
  });
  const [name] = positionals;
  const benchmark = BENCHMARKS[name];
  const rows = Number(values.rows);
  if (!benchmark || !Number.isInteger(rows) || rows < 1) {
    console.error(`usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}> [--rows N] [--database postgres://…/ngo_bench]`);
    process.exit(2);
  }
  await benchmark(values.database!, rows);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
