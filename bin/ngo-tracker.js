#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx compiles on load), so there is no build step to forget.
require('tsx/cjs');
require('../src/cli/main.ts');
