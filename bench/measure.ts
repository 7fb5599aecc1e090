import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const CLI = path.resolve(__dirname, '../bin/ngo-tracker.js');

export interface Measurement {
  seconds: number;
  peakRssMb: number;
  bytes?: number;
}

/** Runs a shell command under GNU time: wall seconds and the peak resident memory of the process. */
export function timeCommand(command: string, env: NodeJS.ProcessEnv = process.env): Measurement {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', 'bash', '-c', command], { env, encoding: 'utf8', maxBuffer: 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  const [seconds, kilobytes] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds, peakRssMb: kilobytes / 1024 };
}

/** Peak resident memory of a running process so far (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/**
 * Starts `ngo-tracker serve` on a free port against `databaseUrl`; resolves with its URL. `env`
 * overrides the server's environment (the defaults: no seeding, info logging).
 */
export function startServer(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_ON_START: 'false', ...env },
    });
    let output = '';
    const findUrl = (chunk: Buffer) => {
      output += chunk;
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (!match) return;
      // From here on the log is only drained, not kept: a long run would otherwise grow this string.
      child.stdout.off('data', findUrl);
      child.stdout.resume();
      resolve({ child, url: match[1] });
    };
    child.stdout.on('data', findUrl);
    child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-10_000)));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
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
