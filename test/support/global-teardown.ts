import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runDumpPrefix, runTemplatePrefix } from './test-run';

/** After the last test file: removes this run's dumps (PGlite) and template databases (PostgreSQL). */
export default async function globalTeardown(): Promise<void> {
  const run = process.env.NGO_TEST_RUN;
  if (!run) return;
  for (const file of fs.readdirSync(os.tmpdir())) {
    if (file.startsWith(runDumpPrefix(run))) fs.rmSync(path.join(os.tmpdir(), file), { force: true });
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return;
  // Straight to PostgreSQL when the tests go through PgBouncer (see database.ts and docs/scaling.md).
  const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL || serverUrl });
  await admin.connect();
  try {
    const templates = await admin.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [runTemplatePrefix(run)],
    );
    for (const { datname } of templates.rows) await admin.query(`drop database if exists ${datname} with (force)`);
  } finally {
    await admin.end();
  }
}
