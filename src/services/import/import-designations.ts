import type { Readable } from 'node:stream';
import type { Knex } from 'knex';
import { Actor, recordedTransaction } from '../../db/recorded-transaction';
import { DesignationRecord } from '../../domain/interchange/columns';
import type { RowProblem } from '../../domain/interchange/row-problems';
import { validateRow } from '../../domain/interchange/validate-row';
import { todayPartialDate } from '../../domain/partial-date';
import type { LawFamily } from '../../domain/vocabularies';
import { DesignationBatchWriter, ImportCounts, LocatedRecord } from './designation-batch-writer';
import { ImportRejectedError } from './import-errors';
import { lawKey } from './law-resolver';
import { RawRow, readCsvRows, UnreadableFileError } from './read-csv-rows';
import { readNdjsonRows } from './read-ndjson-rows';

export type ImportFormat = 'csv' | 'ndjson';

/** The file to import; `open` is called once per pass, so a file of any size is never held in memory. */
export interface ImportInput {
  format: ImportFormat;
  open: () => Readable;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** Who the revisions name: a token's name over HTTP, `cli`, `seed`; `import` by default. */
  actor?: Actor;
  /** The day `status` cells are checked against (YYYY-MM-DD); today by default. */
  today?: string;
  /** Called as rows are checked (`total` unknown yet) and as they are written (`total` known). */
  onProgress?: (event: { phase: 'validate' | 'write'; rows: number; total?: number }) => void;
}

export interface ImportSummary extends ImportCounts {
  dryRun: boolean;
  rows: number;
  rejected: number;
}

const BATCH_SIZE = 500;

/**
 * Imports designations in the interchange format. Pass 1 validates every row and reports every
 * problem (ImportRejectedError, nothing written). Pass 2 writes all rows in one transaction; a
 * dry run does the same work and rolls it back, so its counts are exactly what a real run would do.
 */
export async function importDesignations(
  db: Knex,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const today = options.today ?? todayPartialDate().start;
  const { rows, lawFamilies } = await validateFile(input, today, options);
  try {
    return await recordedTransaction(db, options.actor ?? 'import', async (trx) => {
      const writer = new DesignationBatchWriter(trx, lawFamilies);
      let written = 0;
      for await (const batch of batches(validRecords(input, today), BATCH_SIZE)) {
        await writer.write(batch);
        written += batch.length;
        options.onProgress?.({ phase: 'write', rows: written, total: rows });
      }
      const summary: ImportSummary = { dryRun: options.dryRun === true, rows, rejected: 0, ...writer.counts() };
      if (options.dryRun) throw new DryRunRollback(summary);
      return summary;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
}

class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run');
  }
}

function readRows(input: ImportInput): AsyncGenerator<RawRow> {
  return input.format === 'csv' ? readCsvRows(input.open()) : readNdjsonRows(input.open());
}

/**
 * Pass 1: every row checked, plus what only the whole file shows (repeated ids, disagreeing rows).
 * Returns the row count and the family the rows give each law (for the laws pass 2 creates).
 */
async function validateFile(
  input: ImportInput,
  today: string,
  options: ImportOptions,
): Promise<{ rows: number; lawFamilies: Map<string, LawFamily> }> {
  const problems: RowProblem[] = [];
  const rejectedLines = new Set<number>();
  const consistency = new FileConsistency();
  let rows = 0;
  try {
    for await (const raw of readRows(input)) {
      rows++;
      const validated = raw.cells ? validateRow(raw.cells, raw.line, today) : null;
      const rowProblems = [...raw.problems, ...(validated?.problems ?? [])];
      const record = rowProblems.length === 0 ? (validated?.record ?? null) : null;
      if (record) rowProblems.push(...consistency.check(record, raw.line));
      if (rowProblems.length > 0) rejectedLines.add(raw.line);
      problems.push(...rowProblems);
      if (rows % BATCH_SIZE === 0) options.onProgress?.({ phase: 'validate', rows });
    }
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    problems.push(error.problem);
    rejectedLines.add(error.problem.line);
  }
  if (problems.length > 0) throw new ImportRejectedError(problems, rejectedLines.size);
  return { rows, lawFamilies: consistency.lawFamilies() };
}

async function* validRecords(input: ImportInput, today: string): AsyncGenerator<LocatedRecord> {
  for await (const raw of readRows(input)) {
    const { record } = validateRow(raw.cells!, raw.line, today);
    yield { line: raw.line, record: record! };
  }
}

async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Checks across rows: an id appears once; rows naming one organization, or one law, agree on its attributes. */
class FileConsistency {
  private readonly idLines = new Map<string, number>();
  private readonly organizations = new Map<
    string,
    { line: number; kind: string; parent: string | null; country: string | null }
  >();
  private readonly families = new Map<string, { line: number; family: LawFamily }>();

  lawFamilies(): Map<string, LawFamily> {
    return new Map([...this.families].map(([key, { family }]) => [key, family]));
  }

  /** Rows that give a law a family give it the same one (an empty cell gives none). */
  private checkLawFamily(record: DesignationRecord, line: number): RowProblem[] {
    if (!record.law?.family) return [];
    const key = lawKey(record.jurisdiction, record.law.shortName);
    const seen = this.families.get(key);
    if (!seen) {
      this.families.set(key, { line, family: record.law.family });
      return [];
    }
    if (seen.family === record.law.family) return [];
    return [
      {
        line,
        column: 'law_family',
        message: `line ${seen.line} gives this law's family as ${JSON.stringify(seen.family)}`,
        value: record.law.family,
      },
    ];
  }

  check(record: DesignationRecord, line: number): RowProblem[] {
    const problems: RowProblem[] = this.checkLawFamily(record, line);
    if (record.id) {
      const firstLine = this.idLines.get(record.id);
      if (firstLine !== undefined)
        problems.push({ line, column: 'id', message: `the same id is on line ${firstLine}`, value: record.id });
      else this.idLines.set(record.id, line);
    }
    if (record.organization.parent?.toLowerCase() === record.organization.name.toLowerCase()) {
      problems.push({
        line,
        column: 'organization_parent',
        message: 'an organization cannot be its own parent',
        value: record.organization.parent,
      });
    }
    const key = record.organization.name.toLowerCase();
    const seen = this.organizations.get(key);
    const current = {
      line,
      kind: record.organization.kind,
      parent: record.organization.parent,
      country: record.organization.country,
    };
    if (!seen) this.organizations.set(key, current);
    else {
      for (const field of ['kind', 'parent', 'country'] as const) {
        if (seen[field] !== current[field]) {
          problems.push({
            line,
            column:
              field === 'kind'
                ? 'organization_kind'
                : field === 'parent'
                  ? 'organization_parent'
                  : 'organization_country',
            message: `line ${seen.line} gives this organization's ${field} as ${JSON.stringify(seen[field] ?? '')}`,
            value: current[field] ?? '',
          });
        }
      }
    }
    return problems;
  }
}
