/**
 * Hostile interchange files for the importer's property tests: a valid export with one cell made
 * hostile, or with bytes that break the file (NUL, invalid UTF-8, a BOM in the middle, an
 * unbalanced quote, a 100k-character line, a row of 10k columns, a 10k-deep JSON line...).
 */
import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { INTERCHANGE_COLUMNS } from '../../src/domain/interchange/columns';
import { FORMULA_CELLS, hostileFieldValue, hostileText, RawJson, withMember } from './hostile-values';

export interface HostileFile {
  format: 'csv' | 'ndjson';
  bytes: Buffer;
  /** What was done to the valid file, for the failure report. */
  description: string;
  /** The line of the one cell made hostile: every problem must be on it (or name it); null when bytes were broken. */
  spoiledLine: number | null;
}

const BYTE_DAMAGE: { label: string; bytes: Buffer }[] = [
  { label: 'NUL byte', bytes: Buffer.from([0x00]) },
  { label: 'byte 0xFF', bytes: Buffer.from([0xff]) },
  { label: 'invalid UTF-8 sequence C3 28', bytes: Buffer.from([0xc3, 0x28]) },
  { label: 'UTF-8 encoded surrogate ED A0 80', bytes: Buffer.from([0xed, 0xa0, 0x80]) },
  { label: 'cut multi-byte character', bytes: Buffer.from([0xe2, 0x82]) },
  { label: 'BOM in the middle', bytes: Buffer.from([0xef, 0xbb, 0xbf]) },
  { label: 'unbalanced quote', bytes: Buffer.from('"') },
  { label: 'lone CR', bytes: Buffer.from('\r') },
  { label: 'extra comma', bytes: Buffer.from(',') },
  { label: 'Cyrillic', bytes: Buffer.from('Мемориал') },
];

const CSV_EXTRA_LINES: { label: string; text: string }[] = [
  { label: 'a row of 10k columns', text: `${','.repeat(10_000)}\n` },
  { label: 'a 100k-character line', text: `${'x'.repeat(100_000)}\n` },
  {
    label: 'a 100k-character quoted cell',
    text: `"${'Ж'.repeat(100_000)}"${','.repeat(INTERCHANGE_COLUMNS.length - 1)}\n`,
  },
  {
    label: 'a row of formulas',
    text: `${INTERCHANGE_COLUMNS.map(() => '=HYPERLINK("http://evil.example","x")').join(',')}\n`,
  },
  {
    label: 'a row of injections',
    text: `${INTERCHANGE_COLUMNS.map(() => "'; drop table designations;--").join(',')}\n`,
  },
  { label: 'a quote that never closes', text: `"${'a,'.repeat(50)}\n` },
  { label: 'a header again', text: `${INTERCHANGE_COLUMNS.join(',')}\n` },
];

const NDJSON_BAD_LINES: { label: string; text: string | Buffer }[] = [
  { label: '10k nested arrays', text: '['.repeat(10_000) + ']'.repeat(10_000) },
  { label: '10k nested objects', text: '{"notes":'.repeat(10_000) + '"x"' + '}'.repeat(10_000) },
  { label: 'truncated object', text: '{"organization": "x"' },
  { label: 'not an object', text: '[1, 2, 3]' },
  { label: 'null', text: 'null' },
  { label: 'a string', text: '"row"' },
  { label: 'escaped NUL', text: '{"organization": "a\\u0000b"}' },
  { label: 'escaped lone surrogate', text: '{"notes": "\\ud800"}' },
  {
    label: 'prototype pollution',
    text: '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
  },
  { label: 'a 100k-character line', text: `{"notes": "${'x'.repeat(100_000)}"}` },
  {
    label: 'invalid UTF-8 in a string',
    text: Buffer.concat([Buffer.from('{"notes": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
  },
  { label: 'BOM in the middle', text: '\uFEFF{}' },
];

/** A file that fast-check reports by what was done to it, not as a dump of its bytes. */
function hostileFile(file: HostileFile): HostileFile {
  return Object.assign(file, { [fc.toStringMethod]: () => `${file.format} file with ${file.description}` });
}

/** Inserts `bytes` at `position` (taken modulo the length, so any number will do). */
function insertAt(file: Buffer, position: number, bytes: Buffer): Buffer {
  const at = position % (file.length + 1);
  return Buffer.concat([file.subarray(0, at), bytes, file.subarray(at)]);
}

const countLineFeeds = (text: string) => text.split('\n').length - 1;

/** Files made from `csvText`, a valid interchange CSV (an export). */
export function hostileCsvFiles(csvText: string): fc.Arbitrary<HostileFile> {
  const [header, ...rows]: string[][] = parseCsv(csvText, { bom: true });
  const rowTexts = rows.map((row) => stringifyCsv([row]));
  const headerText = stringifyCsv([header]);
  const file = (texts: string[]) => Buffer.from([headerText, ...texts].join(''));
  const lineOf = (rowIndex: number) =>
    1 + countLineFeeds(headerText) + rowTexts.slice(0, rowIndex).reduce((sum, text) => sum + countLineFeeds(text), 0);

  const spoiledCell = fc
    .record({
      row: fc.nat(rows.length - 1),
      column: fc.nat(INTERCHANGE_COLUMNS.length - 1),
      value: fc.oneof(hostileText, fc.constantFrom(...FORMULA_CELLS)),
    })
    .map(({ row, column, value }) => {
      const texts = [...rowTexts];
      texts[row] = stringifyCsv([rows[row].map((cell, index) => (index === column ? value : cell))]);
      return hostileFile({
        format: 'csv',
        bytes: file(texts),
        description: `row ${row + 1}, column ${INTERCHANGE_COLUMNS[column]} = ${JSON.stringify(value).slice(0, 200)}`,
        spoiledLine: lineOf(row),
      });
    });
  const damagedBytes = fc
    .record({ damage: fc.constantFrom(...BYTE_DAMAGE), position: fc.nat() })
    .map(({ damage, position }) => {
      const bytes = insertAt(file(rowTexts), position, damage.bytes);
      return hostileFile({
        format: 'csv',
        bytes,
        description: `${damage.label} at byte ${position % bytes.length}`,
        spoiledLine: null,
      });
    });
  const extraLine = fc
    .record({ extra: fc.constantFrom(...CSV_EXTRA_LINES), row: fc.nat(rows.length) })
    .map(({ extra, row }) => {
      const texts = [...rowTexts];
      texts.splice(row, 0, extra.text);
      return hostileFile({
        format: 'csv',
        bytes: file(texts),
        description: `${extra.label} before row ${row + 1}`,
        spoiledLine: null,
      });
    });
  return fc.oneof(
    { arbitrary: spoiledCell, weight: 3 },
    { arbitrary: damagedBytes, weight: 2 },
    { arbitrary: extraLine, weight: 1 },
  );
}

/** Files made from `ndjsonText`, a valid interchange NDJSON file (an export). */
export function hostileNdjsonFiles(ndjsonText: string): fc.Arbitrary<HostileFile> {
  const lines = ndjsonText.split('\n').filter(Boolean);
  const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const file = (texts: (string | Buffer)[]) =>
    Buffer.concat(texts.map((text) => Buffer.concat([Buffer.from(text), Buffer.from('\n')])));

  const spoiledField = fc
    .record({
      line: fc.nat(lines.length - 1),
      field: fc.constantFrom(...INTERCHANGE_COLUMNS),
      value: hostileFieldValue,
    })
    .map(({ line, field, value }) => {
      const texts = [...lines];
      texts[line] = withMember(objects[line], field, value);
      const shown = value instanceof RawJson ? value.label : JSON.stringify(value)?.slice(0, 200);
      return hostileFile({
        format: 'ndjson',
        bytes: file(texts),
        description: `line ${line + 1}, ${field} = ${shown}`,
        spoiledLine: line + 1,
      });
    });
  const badLine = fc
    .record({ bad: fc.constantFrom(...NDJSON_BAD_LINES), line: fc.nat(lines.length - 1) })
    .map(({ bad, line }) => {
      const texts: (string | Buffer)[] = [...lines];
      texts[line] = bad.text;
      return hostileFile({
        format: 'ndjson',
        bytes: file(texts),
        description: `line ${line + 1} replaced by ${bad.label}`,
        spoiledLine: line + 1,
      });
    });
  const damagedBytes = fc
    .record({ damage: fc.constantFrom(...BYTE_DAMAGE), position: fc.nat() })
    .map(({ damage, position }) => {
      const bytes = insertAt(file(lines), position, damage.bytes);
      return hostileFile({
        format: 'ndjson',
        bytes,
        description: `${damage.label} at byte ${position % bytes.length}`,
        spoiledLine: null,
      });
    });
  return fc.oneof(
    { arbitrary: spoiledField, weight: 3 },
    { arbitrary: badLine, weight: 2 },
    { arbitrary: damagedBytes, weight: 1 },
  );
}

/** Problems of a refused import: each on a line of the file, and on the spoiled one when one cell was spoiled. */
export function expectLineNumberedProblems(problems: { line?: number; message: string }[], file: HostileFile): void {
  expect(problems.length).toBeGreaterThan(0);
  // An editor (and the NDJSON reader) also breaks lines at a lone CR.
  const lineCount = file.bytes.toString('utf8').split(/\r\n|\r|\n/).length;
  for (const problem of problems) {
    expect(problem.line).toEqual(expect.any(Number));
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lineCount);
    // A problem found by comparing rows is on the later row, and names the earlier one.
    if (file.spoiledLine !== null && problem.line !== file.spoiledLine)
      expect(problem.message).toContain(`line ${file.spoiledLine}`);
  }
}
