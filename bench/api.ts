/**
 * bench/api: latency and throughput of the read API on PostgreSQL at a chosen scale. For each
 * scenario autocannon drives the running service (a separate `ngo-tracker serve` process), and
 * the same request's SQL is timed directly with EXPLAIN ANALYZE, so the ratio shows what the
 * service adds to the database's own work.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Knex } from 'knex';
import { DEFAULT_HTTP_SETTINGS } from '../src/config/config';
import { designationCount, openBenchDatabase } from './bench-database';
import { ensureSyntheticData } from './ensure-data';
import { formatRow, machineReference, startServer } from './measure';
import { startSqlCapture } from './sql-capture';

const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/**
 * Scenario names to leave out, separated by commas (matched on the start), e.g.
 * BENCH_SKIP=precedents. A comma followed by a space belongs to a name ("list, page 100").
 */
const SKIPPED = (process.env.BENCH_SKIP ?? '').split(/,(?! )/).filter(Boolean);

/** A folder to write each scenario's query plans to (EXPLAIN ANALYZE, BUFFERS), e.g. docs/performance/plans. */
const PLANS_DIR = process.env.BENCH_PLANS;

interface Scenario {
  name: string;
  path: string;
}

function writePlans(folder: string, rows: number, scenario: Scenario, plans: string): void {
  const slug = scenario.name
    .replace(/\(.*\)/, '')
    .trim()
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();
  fs.mkdirSync(folder, { recursive: true });
  // Lines are cut short: a plan can quote an array of thousands of ids.
  const text = plans
    .split('\n')
    .map((line) => (line.length > 400 ? `${line.slice(0, 400)}…` : line))
    .join('\n');
  fs.writeFileSync(path.join(folder, `${rows}-${slug}.txt`), `GET ${scenario.path}\n\n${text}\n`);
}

/** A cursor deep in the chain of `path`: follows next_cursor `pages` times. */
async function deepCursorPath(base: string, path: string, pages: number): Promise<string> {
  let cursor = '';
  for (let page = 0; page < pages; page++) {
    const response = await fetch(`${base}${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    const body = (await response.json()) as { next_cursor: string | null };
    if (!body.next_cursor) break;
    cursor = body.next_cursor;
  }
  return `${path}&cursor=${encodeURIComponent(cursor)}`;
}

async function scenarios(db: Knex, base: string): Promise<Scenario[]> {
  const organization = await db('organizations').orderBy('slug').offset(123).first('slug', 'name');
  if (!organization) throw new Error('the bench database holds too few organizations: was it filled?');
  // A typo in the distinctive word: one letter dropped.
  const [word, ...rest] = organization.name.split(' ');
  const typo = [`${word.slice(0, 3)}${word.slice(4)}`, ...rest].join(' ');
  const list = '/api/v1/designations?jurisdiction=RU&from=2015&to=2020&limit=50';
  return [
    { name: 'list, first page', path: list },
    { name: 'list, page 100', path: await deepCursorPath(base, list, 100) },
    { name: `search (typo: ${typo})`, path: `/api/v1/organizations?q=${encodeURIComponent(typo)}` },
    // A real name the synthetic one lacks: no strong match, so the search's broad pass runs too.
    { name: 'search without a strong match (memorial)', path: '/api/v1/organizations?q=memorial' },
    // The same name as a filter: it keeps every organization with a name scoring 0.6 or more.
    { name: `list, name filter (q=${typo})`, path: `/api/v1/designations?q=${encodeURIComponent(typo)}&limit=50` },
    { name: 'organization timeline', path: `/api/v1/organizations/${organization.slug}/timeline` },
    { name: 'stats by year, RU', path: '/api/v1/stats/timeline?interval=year&jurisdiction=RU' },
    { name: 'stats by year, all', path: '/api/v1/stats/timeline?interval=year' },
    { name: 'stats by year, by law', path: '/api/v1/stats/timeline?interval=year&group_by=law' },
    { name: 'precedents', path: `/api/v1/precedents?organization=${organization.slug}&jurisdiction=RU` },
  ];
}

function run(url: string): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS });
}

export async function benchApi(databaseUrl: string, rows: number): Promise<void> {
  const db = await openBenchDatabase(databaseUrl);
  // Warnings-only logs: a log line per request is a deployment's choice (BENCH_LOG_LEVEL=info measures it).
  const server = await startServer(databaseUrl, { LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn' });
  const capture = await startSqlCapture(db);
  try {
    await ensureSyntheticData(db, rows);
    const count = await designationCount(db);
    const widths = [44, 9, 9, 9, 9, 9, 6];
    const cacheMb = process.env.RESPONSE_CACHE_MB ?? String(DEFAULT_HTTP_SETTINGS.responseCacheBytes / 1024 / 1024);
    const cache =
      cacheMb === '0' ? 'response cache off' : `response cache ${cacheMb} MB (RESPONSE_CACHE_MB=0 turns it off)`;
    console.log(
      `\nread API on ${count.toLocaleString('en')} designations, ${CONNECTIONS} connections, ` +
        `${DURATION_SECONDS} s each, ${cache}, ${new Date().toISOString()}`,
    );
    console.log(await machineReference(db));
    console.log(formatRow(['scenario', 'p50 ms', 'p99 ms', 'req/s', 'SQL ms', 'p50/SQL', 'load'], widths));
    for (const scenario of await scenarios(db, server.url)) {
      if (SKIPPED.some((name) => scenario.name.startsWith(name))) {
        console.log(formatRow([scenario.name, 'skipped (BENCH_SKIP)'], widths));
        continue;
      }
      const { millis: sql, plans } = await capture.measureSql(scenario.path);
      if (PLANS_DIR) writePlans(PLANS_DIR, rows, scenario, plans);
      const result = await run(`${server.url}${scenario.path}`);
      if (result.non2xx > 0 || result.errors > 0)
        throw new Error(`${scenario.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      const row = [
        result.latency.p50,
        result.latency.p99,
        Math.round(result.requests.average),
        sql.toFixed(2),
        (result.latency.p50 / sql).toFixed(1),
      ];
      console.log(formatRow([scenario.name, ...row, os.loadavg()[0].toFixed(1)], widths));
    }
    console.log("SQL ms: execution time of the same request's queries run directly (EXPLAIN ANALYZE), summed.");
    console.log(
      `load: the machine's 1-minute load average after the scenario (${os.cpus().length} cores; autocannon runs on them too).`,
    );
  } finally {
    await capture.close();
    server.child.kill('SIGTERM');
    await db.destroy();
  }
}
