import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
/** Written after each build this module runs: sources newer than it mean dist/ is stale. */
const STAMP = path.join(DIST, '.test-build-stamp');
/** What the build compiles (tsconfig.build.json's include) and what it is compiled with. */
const SOURCE_DIRS = ['src', 'migrations'];
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function walk(dir: string, files: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, files);
    else files.push(full);
  }
  return files;
}

const mtime = (file: string) => fs.statSync(file).mtimeMs;

/** Why dist/ must be (re)built, or null when it is up to date with the sources. */
function staleness(): { reason: string; clean: boolean } | null {
  if (!fs.existsSync(STAMP)) return { reason: 'no build yet', clean: false };
  const built = mtime(STAMP);
  const sources = SOURCE_DIRS.flatMap((dir) => walk(path.join(ROOT, dir))).filter((file) => file.endsWith('.ts'));
  const newer = [...sources, ...CONFIG_FILES.map((file) => path.join(ROOT, file))].find(
    (file) => fs.existsSync(file) && mtime(file) > built,
  );
  // tsc never deletes what it built before: a compiled file whose source is gone (a renamed
  // migration above all, which the build would still run) means building dist/ from scratch.
  const orphan = SOURCE_DIRS.flatMap((dir) => (fs.existsSync(path.join(DIST, dir)) ? walk(path.join(DIST, dir)) : []))
    .filter((file) => file.endsWith('.js'))
    .find((file) => !fs.existsSync(path.join(ROOT, path.relative(DIST, file)).replace(/\.js$/, '.ts')));
  if (orphan) return { reason: `${path.relative(ROOT, orphan)} has no source any more`, clean: true };
  return newer ? { reason: `${path.relative(ROOT, newer)} changed`, clean: false } : null;
}

/** One build at a time from this tree (test runs started together share it). */
function withBuildLock<T>(work: () => T): T {
  const lock = path.join(
    os.tmpdir(),
    `ngo-tracker-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`,
  );
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than any build is one whose owner died.
      if (Date.now() - mtime(lock) > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another build holds ${lock}`, { cause: error });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds dist/ (`tsc -p tsconfig.build.json`, incremental) when the sources changed since the last
 * build, so the CLI tests run what `npm start` runs, compiled from the sources under test. Type
 * errors do not stop the tests (tsc still emits; `npm run typecheck` is where they fail).
 */
export function ensureBuild(): void {
  if (!staleness()) return;
  withBuildLock(() => {
    const stale = staleness();
    if (!stale) return;
    if (stale.clean) fs.rmSync(DIST, { recursive: true, force: true });
    // The stamp takes the time the build started: a source saved while tsc runs is newer than it.
    const started = new Date();
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (tsc.status !== 0 && tsc.status !== 2)
      throw new Error(`tsc -p tsconfig.build.json failed (${tsc.status}):\n${tsc.stdout}${tsc.stderr}`);
    if (tsc.status === 2)
      process.stderr.write(`\ntsc -p tsconfig.build.json reported type errors (built anyway):\n${tsc.stdout}`);
    fs.mkdirSync(DIST, { recursive: true });
    fs.writeFileSync(STAMP, `${started.toISOString()}\n`);
    fs.utimesSync(STAMP, started, started);
    process.stderr.write(
      `\nbuilt dist/ in ${((Date.now() - started.getTime()) / 1000).toFixed(1)} s (${stale.reason})\n`,
    );
  });
}
