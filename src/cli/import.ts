import fs from 'node:fs';
import path from 'node:path';
import { InvalidInputError } from '../domain/errors';
import { formatRowProblem } from '../domain/interchange/row-problems';
import { ImportRejectedError } from '../services/import/import-errors';
import { ImportFormat, importDesignations, ImportSummary } from '../services/import/import-designations';
import { withDatabase } from '../app/database';
import { EXIT_USAGE } from './exit-codes';
import { Progress, startProgress } from './progress';

function formatOf(file: string, option: string | undefined): ImportFormat {
  const format = option ?? (/\.(nd)?jsonl?$/i.test(file) ? 'ndjson' : 'csv');
  if (format !== 'csv' && format !== 'ndjson')
    throw new InvalidInputError(`--format must be csv or ndjson, not ${format}`);
  return format;
}

export function summaryLine(summary: ImportSummary): string {
  const prefix = summary.dryRun ? 'dry run, nothing written: would have ' : '';
  return (
    `${prefix}${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} rejected` +
    ` (${summary.rows} rows; organizations: ${summary.organizationsCreated} new, ${summary.organizationsUpdated} updated;` +
    ` laws: ${summary.lawsCreated} new)`
  );
}

/** `ngo-tracker import FILE [--dry-run] [--format csv|ndjson]`. */
export async function runImport(file: string, options: { dryRun?: boolean; format?: string }): Promise<void> {
  const format = formatOf(file, options.format);
  const size = fs.statSync(path.resolve(file), { throwIfNoEntry: false })?.size;
  if (size === undefined) throw new InvalidInputError(`no such file: ${file}`);
  const summary = await withDatabase(async (db) => {
    let bytesRead = 0;
    const validation = startProgress('checking', size);
    let writing: Progress | null = null;
    const open = () => {
      const stream = fs.createReadStream(file);
      stream.on('data', (chunk) => validation.update((bytesRead += chunk.length)));
      return stream;
    };
    try {
      return await importDesignations(
        db,
        { format, open },
        {
          dryRun: options.dryRun,
          actor: 'cli',
          onProgress: ({ phase, rows, total }) => {
            if (phase !== 'write') return;
            if (!writing) {
              validation.stop();
              writing = startProgress('writing', total ?? rows);
            }
            writing.update(rows);
          },
        },
      );
    } finally {
      validation.stop();
      (writing as Progress | null)?.stop();
    }
  }).catch((error) => {
    if (!(error instanceof ImportRejectedError)) throw error;
    for (const problem of error.rowProblems) process.stderr.write(`${formatRowProblem(problem)}\n`);
    process.stderr.write(`0 created, 0 updated, 0 unchanged, ${error.rejectedRows} rejected: ${error.message}\n`);
    process.exitCode = EXIT_USAGE;
    return null;
  });
  if (summary) process.stdout.write(`${summaryLine(summary)}\n`);
}
