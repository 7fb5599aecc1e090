#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ with plain node: `npm install` builds it (the `prepare`
// script), `npm run build` rebuilds it. Stack traces name the TypeScript lines (source maps).
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
