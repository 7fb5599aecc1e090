/**
 * bench/spike: a traffic spike on one organization, `npm run bench -- spike`. 200 keep-alive
 * connections for 20 s on its web page and its API answer, `ngo-tracker serve` reading from a
 * streaming replica (DATABASE_READ_URL): once with plain GETs, once revalidating (each connection
 * sends the ETag it last got as If-None-Match, as a CDN or a browser does). Prints requests/s,
 * p50/p99, the share of 304s and of reads the replica served, and errors (0 expected: exits 1 on
 * any). The primary and standby are made from scratch (test/support/replica-pair.ts) unless
 * SPIKE_PRIMARY_URL and SPIKE_REPLICA_URL name a database ngo_bench_spike of an existing pair.
 */
import http from 'node:http';
import fs from 'node:fs';
import { once } from 'node:events';
import pg from 'pg';
import { createDb, Db } from '../src/db/connection';
import { dataVersion } from '../src/db/data-version';
import { createReplicaPair, ReplicaPair } from '../test/support/replica-pair';
import { formatRow, machineReference, percentile, startServer } from './measure';

const DURATION_SECONDS = Number(process.env.SPIKE_DURATION ?? 20);
const CONNECTIONS = Number(process.env.SPIKE_CONNECTIONS ?? 200);
const DATABASE = 'ngo_bench_spike';

interface Outcome {
  status: number | null;
  millis: number;
  source?: string;
}

function send(agent: http.Agent, url: string, etag: string | undefined): Promise<Outcome & { etag?: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers: etag ? { 'If-None-Match': etag } : {} }, (res) => {
      res.on('data', () => {});
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? null,
          millis: performance.now() - started,
          source: res.headers['x-read-source'] as string,
          etag: res.headers.etag,
        }),
      );
      res.on('error', () => resolve({ status: null, millis: performance.now() - started }));
    });
    req.on('error', () => resolve({ status: null, millis: performance.now() - started }));
  });
}

async function phase(base: string, paths: string[], revalidate: boolean): Promise<Outcome[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const outcomes: Outcome[] = [];
  const deadline = performance.now() + DURATION_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, connection) => {
      const etags = new Map<string, string>();
      for (let turn = connection; performance.now() < deadline; turn++) {
        const path = paths[turn % paths.length];
        const outcome = await send(agent, `${base}${path}`, revalidate ? etags.get(path) : undefined);
        if (outcome.etag) etags.set(path, outcome.etag);
        outcomes.push(outcome);
      }
    }),
  );
  agent.destroy();
  return outcomes;
}

function report(name: string, outcomes: Outcome[]): number {
  const millis = outcomes.map((outcome) => outcome.millis).sort((a, b) => a - b);
  const errors = outcomes.filter(
    (outcome) => outcome.status === null || (outcome.status !== 200 && outcome.status !== 304),
  ).length;
  const notModified = outcomes.filter((outcome) => outcome.status === 304).length;
  const fromReplica = outcomes.filter((outcome) => outcome.source === 'replica').length;
  const share = (count: number) => `${((100 * count) / outcomes.length).toFixed(1)}%`;
  console.log(
    formatRow(
      [
        name,
        outcomes.length,
        Math.round(outcomes.length / DURATION_SECONDS),
        percentile(millis, 0.5).toFixed(1),
        percentile(millis, 0.99).toFixed(1),
        share(notModified),
        share(fromReplica),
        errors,
      ],
      [24, 9, 9, 8, 8, 7, 8, 6],
    ),
  );
  return errors;
}

async function waitForReplay(primary: Db, replica: Db): Promise<void> {
  const target = BigInt(await dataVersion(primary));
  while (BigInt(await dataVersion(replica).catch(() => '-1')) < target)
    await new Promise((resolve) => setTimeout(resolve, 200));
}

export async function benchSpike(): Promise<void> {
  let pair: ReplicaPair | null = null;
  let urls: { primary: string; replica: string };
  if (process.env.SPIKE_PRIMARY_URL && process.env.SPIKE_REPLICA_URL) {
    urls = { primary: process.env.SPIKE_PRIMARY_URL, replica: process.env.SPIKE_REPLICA_URL };
  } else {
    pair = await createReplicaPair();
    const admin = new pg.Client({ connectionString: pair.primaryUrl });
    await admin.connect();
    await admin.query(`create database ${DATABASE}`);
    await admin.end();
    urls = pair.urlsOf(DATABASE);
  }
  // The server migrates and seeds the primary; the replica replays it.
  const server = await startServer(urls.primary, {
    SEED_ON_START: 'true',
    DATABASE_READ_URL: urls.replica,
    LOG_LEVEL: 'warn',
    DB_POOL_MAX: '10',
  });
  const primary = createDb({ kind: 'postgres', url: urls.primary, poolMax: 2 });
  const replica = createDb({ kind: 'postgres', url: urls.replica, poolMax: 2 });
  let errors = 0;
  try {
    await waitForReplay(primary, replica);
    const [{ slug }] = await primary('organizations as o')
      .join('designations as d', 'd.organization_id', 'o.id')
      .groupBy('o.slug')
      .orderByRaw('count(*) desc, o.slug')
      .limit(1)
      .select<{ slug: string }[]>('o.slug');
    const paths = [`/organizations/${slug}`, `/api/v1/organizations/${slug}`];
    for (const path of paths) await send(new http.Agent(), `${server.url}${path}`, undefined);
    console.log(await machineReference(primary));
    const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(
      `\nspike: ${CONNECTIONS} connections for ${DURATION_SECONDS} s per phase on ${paths.join(' and ')}, ` +
        `reads on a streaming replica, ${new Date().toISOString()}, load average ${load}`,
    );
    console.log(
      formatRow(
        ['phase', 'requests', 'req/s', 'p50 ms', 'p99 ms', '304', 'replica', 'errors'],
        [24, 9, 9, 8, 8, 7, 8, 6],
      ),
    );
    errors += report('plain GET', await phase(server.url, paths, false));
    errors += report('revalidating (ETag)', await phase(server.url, paths, true));
  } finally {
    await Promise.all([primary.destroy(), replica.destroy()]);
    server.child.kill('SIGTERM');
    await once(server.child, 'exit');
    pair?.destroy();
  }
  console.log(`verdict: ${errors} errors`);
  if (errors > 0) process.exitCode = 1;
}

// Runnable on its own too: `npx tsx bench/spike.ts`.
if (require.main === module) {
  benchSpike().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
