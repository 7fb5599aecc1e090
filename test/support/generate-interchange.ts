import fs from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { v5 as uuidv5 } from 'uuid';
import { INTERCHANGE_COLUMNS } from '../../src/domain/interchange/columns';

const NAMESPACE = '6f1c2b1e-2f0a-4a57-9d6e-3d1f9f6f2a10';
const MEASURES = ['undesirable_designation', 'foreign_agent_designation', 'liquidation', 'asset_freeze'];

/** Measures of three measure groups, for peers of the same and of a similar measure. */
const MIXED_MEASURES = [
  'undesirable_designation',
  'foreign_agent_designation',
  'extremist_designation',
  'liquidation',
  'ban',
  'asset_freeze',
];
const MIXED_KINDS = ['ngo', 'media', 'foundation'];

/**
 * Writes a valid interchange CSV with `count` generated designations (ids are stable per index);
 * `notesLength` pads each row's notes, for exports larger than the network buffers.
 */
export function writeGeneratedCsv(file: string, count: number, notesLength = 0): void {
  writeRows(file, count, (index) => generatedRow(index, notesLength));
}

/**
 * Like writeGeneratedCsv, but jurisdiction, measure and organization kind vary independently of
 * one another, as peers and precedents need (writeGeneratedCsv ties each measure to a jurisdiction).
 */
export function writeMixedCsv(file: string, count: number): void {
  writeRows(file, count, (index) => {
    const row = generatedRow(index, 0);
    const set = (column: string, value: string) =>
      (row[INTERCHANGE_COLUMNS.indexOf(column as (typeof INTERCHANGE_COLUMNS)[number])] = value);
    set('measure', MIXED_MEASURES[(index * 7 + Math.floor(index / 4)) % MIXED_MEASURES.length]);
    set('organization_kind', MIXED_KINDS[(index % 400) % MIXED_KINDS.length]);
    set('reason_tags', index % 5 === 0 ? 'extremism' : 'national_security');
    return row;
  });
}

function writeRows(file: string, count: number, row: (index: number) => string[]): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, stringify([[...INTERCHANGE_COLUMNS]]));
  for (let start = 0; start < count; start += 1000) {
    const rows = [];
    for (let index = start; index < Math.min(count, start + 1000); index++) rows.push(row(index));
    fs.writeSync(out, stringify(rows));
  }
  fs.closeSync(out);
}

function generatedRow(index: number, notesLength: number): string[] {
  const organization = index % 400;
  const year = 2000 + (index % 25);
  const decided =
    index % 3 === 0
      ? `${year}`
      : index % 3 === 1
        ? `${year}-0${1 + (index % 9)}`
        : `${year}-0${1 + (index % 9)}-1${index % 10}`;
  const values: Record<string, string> = {
    id: uuidv5(`row-${index}`, NAMESPACE),
    organization: `Generated Organization ${organization}`,
    organization_aliases: `GO${organization}; Организация ${organization}`,
    organization_kind: 'ngo',
    organization_parent: '',
    organization_country: '',
    unit: '',
    jurisdiction: ['RU', 'CN', 'BY', 'IN'][index % 4],
    measure: MEASURES[index % MEASURES.length],
    law: `Generated law ${index % 5}`,
    law_citation: '',
    authority: 'Generated authority',
    decided_on: decided,
    listed_on: '',
    ended_on: '',
    status: 'active',
    reason_tags: 'national_security',
    stated_reasons: `Reason number ${index}, "quoted"`,
    reasons_form: 'quoted',
    source_urls: `https://example.org/generated/${index % 1000}`,
    source_publishers: 'Example',
    confidence: 'high',
    notes: 'n'.repeat(notesLength),
  };
  return INTERCHANGE_COLUMNS.map((column) => values[column]);
}
