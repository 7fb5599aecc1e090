import fs from 'node:fs';
import path from 'node:path';
import type { ImportInput } from '../../src/services/import/import-designations';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

export function fixturePath(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

export function fileInput(file: string): ImportInput {
  return { format: /\.ndjson$/.test(file) ? 'ndjson' : 'csv', open: () => fs.createReadStream(file) };
}
