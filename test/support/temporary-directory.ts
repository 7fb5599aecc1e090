import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

// Loaded by a test file's imports, so this hook belongs to that file: its directories go when it ends.
afterAll(() => {
  for (const directory of made.splice(0)) fs.rmSync(directory, { recursive: true, force: true });
});

/**
 * A new directory in the system's temporary folder, removed (with what the test wrote there) when
 * the test file ends: a run would otherwise leave some 12 MB of generated files behind.
 */
export function temporaryDirectory(prefix: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  made.push(directory);
  return directory;
}
