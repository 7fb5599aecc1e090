/**
 * bench/load: 30 s of mixed read traffic (list, search, timeline, stats, precedents, CSV export)
 * from 50 concurrent keep-alive connections against `ngo-tracker serve` on PostgreSQL with the
 * real seed data. Prints p50/p99 per kind of request, the status counts, dropped connections and
 * the server's memory over the run; exits non-zero on any 5xx or dropped connection, or when the
 * server's memory keeps growing. The server runs with its production defaults except the rate
 * limits, which are switched off: one client at 50 connections would otherwise measure 429s.
 */
import http from 'node:http';
import fs from 'node:fs';
import { once } from 'node:events';
import { openBenchDatabase, recreateBenchDatabase } from './bench-database';
import { formatRow, percentile, residentMb, startServer } from './measure';
import { weightedRequests, WeightedRequest } from './load-mix';

const DURATION_SECONDS = Number(process.env.LOAD_DURATION ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
/**
 * Memory is "flat" when the peak RSS of the run's second half is within this factor of the first
 * half's peak (after 5 s of warm-up): garbage collection makes RSS a sawtooth, so single samples or
 * averages mislead, while a leak raises every peak.
 */
const FLAT_MEMORY_FACTOR = 1.2;
const WARM_UP_SAMPLES = 5;

interface Outcome {
  kind: string;
  status: number | null;
  millis: number;
  error?: string;
}

/** One request over the shared keep-alive agent; the body is read to the end and discarded. */
function send(agent: http.Agent, base: string, request: WeightedRequest): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const finish = (status: number | null, error?: string) =>
      resolve({ kind: request.kind, status, millis: performance.now() - started, error });
    const req = http.get(`${base}${request.path}`, { agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => finish(res.statusCode ?? null));
      res.on('error', (error) => finish(null, error.message));
    });
    req.on('error', (error) => finish(null, (error as NodeJS.ErrnoException).code ?? error.message));
  });
}

/** One connection's loop: picks a request by weight, sends it, until the deadline. */
async function connectionLoop(
  agent: http.Agent,
  base: string,
  pick: () => WeightedRequest,
  deadline: number,
  outcomes: Outcome[],
): Promise<void> {
  while (performance.now() < deadline) outcomes.push(await send(agent, base, pick()));
}

function summarize(outcomes: Outcome[]): void {
  const widths = [22, 9, 9, 9, 9, 7, 7];
  console.log(formatRow(['kind', 'requests', 'p50 ms', 'p99 ms', 'max ms', '5xx', 'errors'], widths));
  const kinds = [...new Set(outcomes.map((outcome) => outcome.kind))].sort();
  for (const kind of [...kinds, 'all']) {
    const of = outcomes.filter((outcome) => kind === 'all' || outcome.kind === kind);
    const millis = of.map((outcome) => outcome.millis).sort((a, b) => a - b);
    const serverErrors = of.filter((outcome) => outcome.status !== null && outcome.status >= 500).length;
    const dropped = of.filter((outcome) => outcome.status === null).length;
    console.log(
      formatRow(
        [
          kind,
          of.length,
          percentile(millis, 0.5).toFixed(1),
          percentile(millis, 0.99).toFixed(1),
          millis[millis.length - 1].toFixed(1),
          serverErrors,
          dropped,
        ],
        widths,
      ),
    );
  }
}

function statusCounts(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status, error } of outcomes) {
    const key = status === null ? `dropped (${error})` : String(status);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Samples the server's RSS every second while `running` is pending. */
async function sampleMemory(pid: number, running: Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  let done = false;
  void running.finally(() => (done = true));
  while (!done) {
    samples.push(residentMb(pid));
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return samples;
}

export async function benchLoad(databaseUrl: string): Promise<void> {
  await recreateBenchDatabase(databaseUrl);
  const server = await startServer(databaseUrl, { SEED_ON_START: 'true' });
  const db = await openBenchDatabase(databaseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let failed: boolean;
  try {
    const requests = await weightedRequests(db);
    const totalWeight = requests.reduce((sum, request) => sum + request.weight, 0);
    const pick = () => {
      let roll = Math.random() * totalWeight;
      return requests.find((request) => (roll -= request.weight) < 0) ?? requests[requests.length - 1];
    };
    // Warm-up: every request once, so first-use costs (JIT, plans, lazy modules) are not the figures.
    for (const request of requests) await send(agent, server.url, request);
    console.log(
      `\nmixed load: ${CONNECTIONS} connections for ${DURATION_SECONDS} s against ${server.url} (PostgreSQL, seed data), ` +
        `${new Date().toISOString()}, load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
    );
    const outcomes: Outcome[] = [];
    const deadline = performance.now() + DURATION_SECONDS * 1000;
    const loops = Promise.all(
      Array.from({ length: CONNECTIONS }, () => connectionLoop(agent, server.url, pick, deadline, outcomes)),
    );
    const memory = await sampleMemory(server.child.pid!, loops);
    await loops;

    summarize(outcomes);
    console.log(
      `throughput: ${Math.round(outcomes.length / DURATION_SECONDS)} requests/s; statuses: ${JSON.stringify(statusCounts(outcomes))}`,
    );
    const middle = WARM_UP_SAMPLES + Math.floor((memory.length - WARM_UP_SAMPLES) / 2);
    const firstPeak = Math.max(...memory.slice(WARM_UP_SAMPLES, middle));
    const secondPeak = Math.max(...memory.slice(middle));
    console.log(
      `server RSS MB: peak of the first half ${firstPeak.toFixed(0)}, of the second half ${secondPeak.toFixed(0)} ` +
        `(samples every 1 s: ${memory.map((mb) => mb.toFixed(0)).join(' ')})`,
    );

    const serverErrors = outcomes.filter((outcome) => outcome.status !== null && outcome.status >= 500).length;
    const dropped = outcomes.filter((outcome) => outcome.status === null).length;
    const unexpected = outcomes.filter((outcome) => outcome.status !== null && outcome.status !== 200).length;
    const memoryFlat = secondPeak <= firstPeak * FLAT_MEMORY_FACTOR;
    console.log(
      `verdict: ${serverErrors} 5xx, ${dropped} dropped, ${unexpected} non-200, memory ${memoryFlat ? 'flat' : 'GROWING'}`,
    );
    failed = serverErrors > 0 || dropped > 0 || unexpected > 0 || !memoryFlat;
  } finally {
    agent.destroy();
    await db.destroy();
    server.child.kill('SIGTERM');
    const [code] = (await once(server.child, 'exit')) as [number | null];
    console.log(`server exited with ${code} after SIGTERM`);
    if (code !== 0) failed = true;
  }
  if (failed) process.exitCode = 1;
}
