import { spawn, ChildProcess } from 'node:child_process';
import path from 'node:path';

export const CLI = path.resolve(__dirname, '../../bin/ngo-tracker.js');

/**
 * V8 flags of the CLI processes the tests start. On PGlite a CLI process lives a second or two,
 * and V8 would spend much of its CPU optimizing (TurboFan) the WebAssembly PostgreSQL for a run
 * that ends before the optimized code pays off (docs/performance.md); Liftoff's baseline code
 * runs the same program, only slower when hot, so nothing a test observes changes.
 */
const NODE_FLAGS = ['--liftoff-only'];

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a separate process, the way a user does. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, CLI, ...args], {
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Starts `ngo-tracker serve` on a free port and resolves once it logs the address it listens on. */
export function startServeProcess(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, CLI, 'serve'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`serve did not start in time:\n${output}`));
    }, 60_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`serve exited early with ${code}:\n${output}`)));
  });
}

export function waitForExit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

export interface TerminalProcess {
  /** The CLI's own process id (not the terminal's), to signal it. */
  pid: number;
  /** Everything written to the terminal so far (progress bars included). */
  output(): string;
  exited: Promise<number | null>;
}

/**
 * Runs the CLI on a pseudo-terminal (util-linux `script`), so it shows what a person at a terminal
 * sees: the progress bars, which stay quiet on a pipe. The shell prints its id and execs the CLI,
 * so that id is the CLI's.
 */
export async function startCliInTerminal(args: string[], env: NodeJS.ProcessEnv = {}): Promise<TerminalProcess> {
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const command = `echo "cli-pid $$"; exec ${[process.execPath, ...NODE_FLAGS, CLI, ...args].map(quote).join(' ')}`;
  const terminal = spawn('script', ['--quiet', '--flush', '--return', '--command', command, '/dev/null'], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  terminal.stdout.on('data', (chunk) => (output += chunk));
  terminal.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => terminal.once('exit', (code) => resolve(code)));
  const pid = await new Promise<number>((resolve, reject) => {
    const found = () => {
      const match = /cli-pid (\d+)/.exec(output);
      if (match) {
        terminal.stdout.off('data', found);
        resolve(Number(match[1]));
      }
    };
    terminal.stdout.on('data', found);
    void exited.then(() => reject(new Error(`the terminal ended before the CLI started:\n${output}`)));
  });
  return { pid, output: () => output, exited };
}
