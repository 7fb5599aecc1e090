/**
 * bench/startup: what running the service and the CLI costs before any real work, on PostgreSQL at
 * a chosen scale (default 300,000 designations, in ngo_bench_300k). Prints, after the machine
 * reference line:
 * - the resident memory of `ngo-tracker serve` left idle for 30 s after 100 list requests (goal:
 *   <= 80 MB), and 3 s after them, as earlier rounds read it;
 * - the wall time of `ngo-tracker --help` and of `ngo-tracker stats`, the median of 5 runs each
 *   (goals: <= 0.3 s and <= 0.8 s), and `stats` on a seeded PGlite folder, for comparison;
 * - the peak resident memory of a server answering GET /api/v1/designations.csv for every row
 *   (goal: <= 120 MB).
 * BENCH_CLI names another bin/ngo-tracker.js to measure (a checkout of an earlier commit, for a
 * before/after table); it must know the same migrations as the benchmark database.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { designationCount, openBenchDatabase } from './bench-database';
import { ensureSyntheticData } from './ensure-data';
import {
  CLI,
  formatRow,
  machineReference,
  peakRssMb,
  percentile,
  residentMb,
  startServer,
  timeCommand,
  timeDownload,
} from './measure';

const RUNS = 5;
const LIST_REQUESTS = 100;
/**
 * How long the server sits idle after the requests before its idle memory is read: V8 gives the
 * memory its garbage collections freed back to the system only once the process has gone quiet
 * (its memory reducer, which the bin starts after 1 s of quiet), so a reading 3 s after the last
 * request (AFTER_REQUESTS_MS, the figure of earlier rounds) still holds the garbage of the burst.
 */
const IDLE_MS = 30_000;
const AFTER_REQUESTS_MS = 3000;

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Median wall time and peak RSS of `RUNS` runs of the CLI with `args`. */
function timeCli(args: string, env: NodeJS.ProcessEnv): { seconds: number; peakRssMb: number } {
  const runs = Array.from({ length: RUNS }, () =>
    timeCommand(`${CLI} ${args} > /dev/null`, { ...process.env, LOG_LEVEL: 'silent', ...env }),
  );
  return { seconds: median(runs.map((run) => run.seconds)), peakRssMb: median(runs.map((run) => run.peakRssMb)) };
}

/** Resident memory of a server, idle after LIST_REQUESTS list pages (each a new cursor, so none is served from the response cache). */
async function idleServeRss(
  databaseUrl: string,
): Promise<{ startedMb: number; afterRequestsMb: number; idleMb: number; peakMb: number }> {
  const server = await startServer(databaseUrl);
  try {
    const startedMb = residentMb(server.child.pid!);
    let cursor = '';
    for (let request = 0; request < LIST_REQUESTS; request++) {
      const response = await fetch(
        `${server.url}/api/v1/designations?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      if (!response.ok) throw new Error(`list page ${request + 1} answered ${response.status}`);
      cursor = ((await response.json()) as { next_cursor: string | null }).next_cursor ?? '';
    }
    await sleep(AFTER_REQUESTS_MS);
    const afterRequestsMb = residentMb(server.child.pid!);
    await sleep(IDLE_MS - AFTER_REQUESTS_MS);
    return { startedMb, afterRequestsMb, idleMb: residentMb(server.child.pid!), peakMb: peakRssMb(server.child.pid!) };
  } finally {
    server.child.kill('SIGTERM');
  }
}

/** Peak RSS of a fresh server over its whole life, answering one download of every designation as CSV. */
async function csvExportPeak(databaseUrl: string): Promise<{ seconds: number; megabytes: number; peakMb: number }> {
  const server = await startServer(databaseUrl);
  try {
    const download = await timeDownload(`${server.url}/api/v1/designations.csv`);
    return { seconds: download.seconds, megabytes: download.bytes / 1e6, peakMb: peakRssMb(server.child.pid!) };
  } finally {
    server.child.kill('SIGTERM');
  }
}

/** A PGlite folder holding the seed, as `npm start` leaves it (in a temporary folder, removed after). */
function seededPgliteFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ngo-bench-startup-pglite-'));
  const seeded = spawnSync(CLI, ['seed'], {
    env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: dir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seeding ${dir} failed: ${seeded.stderr}`);
  return dir;
}

export async function benchStartup(databaseUrl: string, rows: number): Promise<void> {
  const db = await openBenchDatabase(databaseUrl);
  try {
    await ensureSyntheticData(db, rows);
    const count = await designationCount(db);
    console.log(
      `\nstartup and memory of ${CLI} on ${count.toLocaleString('en')} designations (PostgreSQL), ${new Date().toISOString()}`,
    );
    console.log(await machineReference(db));
    const widths = [58, 10, 12, 8];
    console.log(formatRow(['measure', 'value', 'peak RSS MB', 'goal'], widths));

    const idle = await idleServeRss(databaseUrl);
    console.log(
      formatRow(
        [
          `serve: RSS idle ${IDLE_MS / 1000} s after ${LIST_REQUESTS} list requests (MB)`,
          idle.idleMb.toFixed(0),
          idle.peakMb.toFixed(0),
          '<= 80',
        ],
        widths,
      ),
    );
    console.log(
      formatRow(
        [
          `serve: RSS ${AFTER_REQUESTS_MS / 1000} s after the last request (MB)`,
          idle.afterRequestsMb.toFixed(0),
          '',
          '',
        ],
        widths,
      ),
    );
    console.log(
      formatRow(['serve: RSS once listening, before any request (MB)', idle.startedMb.toFixed(0), '', ''], widths),
    );

    const help = timeCli('--help', {});
    console.log(
      formatRow(
        [`ngo-tracker --help: wall s, median of ${RUNS}`, help.seconds.toFixed(2), help.peakRssMb.toFixed(0), '<= 0.3'],
        widths,
      ),
    );
    const stats = timeCli('stats', { DATABASE_URL: databaseUrl });
    console.log(
      formatRow(
        [
          `ngo-tracker stats (PostgreSQL): wall s, median of ${RUNS}`,
          stats.seconds.toFixed(2),
          stats.peakRssMb.toFixed(0),
          '<= 0.8',
        ],
        widths,
      ),
    );
    const pgliteDir = seededPgliteFolder();
    try {
      const pgliteStats = timeCli('stats', { DATABASE_URL: '', PGLITE_DIR: pgliteDir });
      console.log(
        formatRow(
          [
            `ngo-tracker stats (PGlite, the seed): wall s, median of ${RUNS}`,
            pgliteStats.seconds.toFixed(2),
            pgliteStats.peakRssMb.toFixed(0),
            '',
          ],
          widths,
        ),
      );
    } finally {
      fs.rmSync(pgliteDir, { recursive: true, force: true });
    }

    const csv = await csvExportPeak(databaseUrl);
    const label = `GET /api/v1/designations.csv (${csv.megabytes.toFixed(0)} MB in ${csv.seconds.toFixed(1)} s): peak RSS MB`;
    console.log(formatRow([label, csv.peakMb.toFixed(0), csv.peakMb.toFixed(0), '<= 120'], widths));
    console.log(
      "RSS: VmRSS of the server process; peak RSS: its VmHWM over its life, or the CLI's under GNU time (median).",
    );
  } finally {
    await db.destroy();
  }
}
