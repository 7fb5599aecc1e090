import fs from 'node:fs';
import path from 'node:path';

/**
 * The project's root folder, the one holding package.json: found by walking up from this module, so
 * it is the same whether the sources run (src/config/) or the build does (dist/src/config/). Files
 * that are read rather than compiled (the seed data, the web UI's assets) are found from here.
 */
export const PACKAGE_ROOT = findPackageRoot(__dirname);

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

/** The version in package.json (`ngo-tracker --version`). */
export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
