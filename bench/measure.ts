import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net, { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Knex } from 'knex';
import { rawRows } from '../src/db/raw-rows';

/** The CLI under measurement: this checkout's, or BENCH_CLI (another checkout's, for before/after figures). */
export const CLI = process.env.BENCH_CLI
  ? path.resolve(process.env.BENCH_CLI)
  : path.resolve(__dirname, '../bin/ngo-tracker.js');

export interface Measurement {
  seconds: number;
  peakRssMb: number;
  bytes?: number;
}

/** Runs a shell command under GNU time: wall seconds and the peak resident memory of the process. */
export function timeCommand(command: string, env: NodeJS.ProcessEnv = process.env): Measurement {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', 'bash', '-c', command], {
    env,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  const [seconds, kilobytes] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds, peakRssMb: kilobytes / 1024 };
}

/** Peak resident memory of a running process so far (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  return memoryStatusMb(pid, 'VmHWM');
}

/** Resident memory of a running process now (VmRSS), in MB. */
export function residentMb(pid: number): number {
  return memoryStatusMb(pid, 'VmRSS');
}

function memoryStatusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]) / 1024;
}

// A benchmark is one client measuring the service, not its rate limiter.
const NO_RATE_LIMITS = {
  RATE_LIMIT_READS_PER_MINUTE: '0',
  RATE_LIMIT_WRITES_PER_MINUTE: '0',
  RATE_LIMIT_EXPORTS_PER_MINUTE: '0',
};

/** A port nothing listens on now (the kernel's pick), for a server started next. */
async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts `ngo-tracker serve` on a free port against `databaseUrl`; resolves with its URL once it
 * answers /healthz (not on its "listening" log line, so LOG_LEVEL=warn works too). `env`
 * overrides the server's environment (the defaults: no seeding, info logging, no rate limits).
 */
export async function startServer(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The bin itself, so its #! line's node options apply, as for `ngo-tracker serve` run by a user.
  const child = spawn(CLI, ['serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_ON_START: 'false',
      ...NO_RATE_LIMITS,
      ...env,
    },
  });
  let output = '';
  let exitCode: number | null | undefined;
  // The log is drained, and only its end kept for an error message: a long run would grow it.
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-10_000)));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-10_000)));
  child.on('exit', (code) => (exitCode = code));
  while (exitCode === undefined) {
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server exited with ${exitCode}: ${output}`);
}

/** Downloads `url`, discarding the body: wall seconds and bytes. */
export async function timeDownload(url: string): Promise<{ seconds: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).length;
  return { seconds: (performance.now() - started) / 1000, bytes };
}

export function formatRow(cells: (string | number)[], widths: number[]): string {
  return cells.map((cell, index) => String(cell).padEnd(widths[index])).join('  ');
}

/** The value at `fraction` (0.5: the median) of values sorted ascending. */
export function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/**
 * Two fixed CPU workloads, one in PostgreSQL and one in Node.js (the median of three runs each),
 * printed before a run's figures: this machine runs the same code at different speeds from one day
 * to the next (docs/performance.md), so figures of different runs compare only next to these.
 */
export async function machineReference(db: Knex): Promise<string> {
  const sqlMillis: number[] = [];
  const nodeMillis: number[] = [];
  const objects = Array.from({ length: 2000 }, (_, index) => ({
    id: index,
    name: `organization ${index}`,
    decided_on: '2015-07-28',
    tags: ['extremism'],
  }));
  for (let run = 0; run < 3; run++) {
    const [plan] = await rawRows<{ 'QUERY PLAN': { 'Execution Time': number }[] }>(
      db,
      'explain (analyze, format json) select count(*) from generate_series(1, 2000000)',
    );
    sqlMillis.push(plan['QUERY PLAN'][0]['Execution Time']);
    const started = performance.now();
    for (let round = 0; round < 100; round++) JSON.parse(JSON.stringify(objects));
    nodeMillis.push(performance.now() - started);
  }
  return (
    `machine reference: PostgreSQL counts 2,000,000 generated rows in ${median(sqlMillis).toFixed(0)} ms; ` +
    `Node.js writes and parses 100 x 2,000 objects as JSON in ${median(nodeMillis).toFixed(0)} ms`
  );
}
