import { Readable } from 'node:stream';
import type { Knex } from 'knex';
import { isPglite } from '../../db/connection';
import type { DesignationKey } from '../../db/keyset';
import type { DesignationFilters } from '../../domain/designation-filters';
import { COPY_CSV, COPY_LINES, copyOut } from '../../queries/copy-out';
import {
  copyExportPage,
  countExportDesignations,
  ExportFormat,
  exportPageKeys,
  exportSql,
} from '../../queries/designation-export';

export interface ExportOptions {
  format: ExportFormat;
  /** Prepend a UTF-8 byte order mark, so Excel reads the CSV as UTF-8. */
  bom?: boolean;
  /** The day `status` is computed for (YYYY-MM-DD). */
  today: string;
}

const UTF8_BOM = '\uFEFF';
const PGLITE_PAGE_SIZE = 1000;

/**
 * Streams the designations matching `filters` in the interchange format (docs/design.md), produced
 * by PostgreSQL's COPY. Memory stays flat whatever the size. A failure after the first byte
 * destroys the stream, so consumers see a broken transfer rather than a short file.
 */
export function exportDesignations(db: Knex, filters: DesignationFilters, options: ExportOptions): Readable {
  const prefix = options.bom && options.format === 'csv' ? UTF8_BOM : '';
  // One page ahead at most: the default read-ahead of 16 objects would hold 16 pages in memory.
  if (isPglite(db)) return Readable.from(pgliteCopyPages(db, filters, options, prefix), { highWaterMark: 1 });
  const sql = exportSql(db, options.format, filters, options.today);
  return copyOut(db, sql, options.format === 'csv' ? COPY_CSV : COPY_LINES, prefix);
}

/** How many designations an export with these filters holds (for progress bars). */
export async function countExport(db: Knex, filters: DesignationFilters, today: string): Promise<number> {
  return countExportDesignations(db, filters, today);
}

/** PGlite has one connection and no streaming COPY: COPY each keyset page to its blob device. */
async function* pgliteCopyPages(
  db: Knex,
  filters: DesignationFilters,
  options: ExportOptions,
  prefix: string,
): AsyncGenerator<Buffer> {
  if (prefix) yield Buffer.from(prefix);
  let after: DesignationKey | null = null;
  let first = true;
  for (;;) {
    const page = { after, size: PGLITE_PAGE_SIZE };
    const pageKeys = await exportPageKeys(db, filters, options.today, page);
    if (pageKeys.length === 0 && !first) return;
    const header = first && options.format === 'csv';
    yield await copyExportPage(db, options.format, filters, options.today, { ...page, header });
    if (pageKeys.length < PGLITE_PAGE_SIZE) return;
    after = pageKeys[pageKeys.length - 1];
    first = false;
  }
}
