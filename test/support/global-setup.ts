import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuild } from './build';
import { runDumpPrefix } from './test-run';

/** A run's dumps older than this were left by a run that never reached its teardown (killed). */
const ABANDONED_AFTER_MS = 12 * 3600_000;

/**
 * Before any test file: builds dist/ if the sources changed since (the CLI tests run the compiled
 * CLI, as `npm start` does), and names the run, so the database states made once per run (the
 * seeded fixture's dump or template, the PostgreSQL templates) are shared by its files and removed
 * at its end by global-teardown.ts. The workers inherit the environment set here.
 */
export default function globalSetup(): void {
  ensureBuild();
  process.env.NGO_TEST_RUN = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const anyRun = runDumpPrefix('');
  for (const file of fs.readdirSync(os.tmpdir())) {
    const full = path.join(os.tmpdir(), file);
    if (file.startsWith(anyRun) && Date.now() - fs.statSync(full).mtimeMs > ABANDONED_AFTER_MS)
      fs.rmSync(full, { force: true });
  }
}
