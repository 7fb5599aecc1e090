import { Readable } from 'node:stream';
import type { Knex } from 'knex';
import { isPglite } from '../../db/connection';
import type { DesignationFilters } from '../../domain/designation-filters';
import { csvExportQuery, ExportFormat, exportPageKeys, ndjsonExportQuery } from '../../queries/designation-export';
import { applyDesignationFilters } from '../../queries/designation-filters';
import { copyOut, pgliteCopyToBuffer } from './copy-out';
import { sqlWithInlinedBindings } from './inline-bindings';

export interface ExportOptions {
  format: ExportFormat;
  /** Prepend a UTF-8 byte order mark, so Excel reads the CSV as UTF-8. */
  bom?: boolean;
  /** The day `status` is computed for (YYYY-MM-DD). */
  today: string;
}

const UTF8_BOM = '\uFEFF';
// NDJSON lines go through COPY's CSV mode with a quote and delimiter that JSON text never contains
// raw (it escapes every control character), so each line comes out exactly as PostgreSQL made it.
const COPY_CSV = 'WITH (FORMAT csv, HEADER true)';
export const COPY_LINES = `WITH (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')`;
const PGLITE_PAGE_SIZE = 1000;

/**
 * Streams the designations matching `filters` in the interchange format (docs/design.md), produced
 * by PostgreSQL's COPY. Memory stays flat whatever the size. A failure after the first byte
 * destroys the stream, so consumers see a broken transfer rather than a short file.
 */
export function exportDesignations(db: Knex, filters: DesignationFilters, options: ExportOptions): Readable {
  const query =
    options.format === 'csv'
      ? csvExportQuery(db, filters, options.today)
      : ndjsonExportQuery(db, filters, options.today);
  const prefix = options.bom && options.format === 'csv' ? UTF8_BOM : '';
  // One page ahead at most: the default read-ahead of 16 objects would hold 16 pages in memory.
  if (isPglite(db)) return Readable.from(pgliteCopyPages(db, filters, options, prefix), { highWaterMark: 1 });
  return copyOut(db, sqlWithInlinedBindings(query), copyOptions(options.format), prefix);
}

/** How many designations an export with these filters holds (for progress bars). */
export async function countExport(db: Knex, filters: DesignationFilters, today: string): Promise<number> {
  const [row] = await applyDesignationFilters(db('designations as d'), filters, today).count({ count: '*' });
  return Number(row.count);
}

function copyOptions(format: ExportFormat): string {
  return format === 'csv' ? COPY_CSV : COPY_LINES;
}

/** PGlite has one connection and no streaming COPY: COPY each keyset page to its blob device. */
async function* pgliteCopyPages(
  db: Knex,
  filters: DesignationFilters,
  options: ExportOptions,
  prefix: string,
): AsyncGenerator<Buffer> {
  if (prefix) yield Buffer.from(prefix);
  let after: { decided_on: string; decided_rank: number; id: string } | null = null;
  let first = true;
  for (;;) {
    const keys = exportPageKeys(db, filters, options.today).limit(PGLITE_PAGE_SIZE);
    const page = (options.format === 'csv' ? csvExportQuery : ndjsonExportQuery)(db, filters, options.today).limit(
      PGLITE_PAGE_SIZE,
    );
    if (after) {
      for (const query of [keys, page])
        query.whereRaw('(d.decided_on, d.decided_rank, d.id) > (?::date, ?, ?::uuid)', [
          after.decided_on,
          after.decided_rank,
          after.id,
        ]);
    }
    const pageKeys = await keys;
    if (pageKeys.length === 0 && !first) return;
    const header = first && options.format === 'csv';
    const copyOptionsForPage = options.format === 'csv' ? `WITH (FORMAT csv, HEADER ${header})` : COPY_LINES;
    yield await pgliteCopyToBuffer(db, sqlWithInlinedBindings(page), copyOptionsForPage);
    if (pageKeys.length < PGLITE_PAGE_SIZE) return;
    after = pageKeys[pageKeys.length - 1];
    first = false;
  }
}
