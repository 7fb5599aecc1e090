#!/usr/bin/env -S node --max-semi-space-size=2 --gc-memory-reducer-start-delay-ms=1000
// Runs the compiled JavaScript in dist/ with plain node: `npm install` builds it (the `prepare`
// script), `npm run build` rebuilds it. Stack traces name the TypeScript lines (source maps).
// --max-semi-space-size=2 (MB; `npm start` passes it too): V8's young generation otherwise grows to
// 32 MB, a third of an idle server's memory and most of what a large CSV export adds, for no
// measurable gain in speed here (docs/performance.md, "Startup and memory").
// --gc-memory-reducer-start-delay-ms=1000 (`npm start` too): V8 hands the pages its garbage collector
// freed back to the system once the process goes quiet, 8 s after by default; from 1 s, a server
// back to idle after a burst of requests returns some 12 MB within seconds (docs/performance.md,
// "Idle memory"). It acts only while the process allocates little, so a busy server is not slowed.
const path = require('node:path');
const main = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
process.setSourceMapsEnabled(true);
try {
  require.resolve(main);
} catch {
  process.stderr.write(`ngo-tracker: ${main} is missing; build it with \`npm run build\` (npm install does)\n`);
  process.exit(1);
}
require(main);
