#!/usr/bin/env -S node --max-semi-space-size=2
// Runs the compiled JavaScript in dist/ with plain node: `npm install` builds it (the `prepare`
// script), `npm run build` rebuilds it. Stack traces name the TypeScript lines (source maps).
// --max-semi-space-size=2 (MB; `npm start` passes it too): V8's young generation otherwise grows to
// 32 MB, a third of an idle server's memory and most of what a large CSV export adds, for no
// measurable gain in speed here (docs/performance.md, "Startup and memory").
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
