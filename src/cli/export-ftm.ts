import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../db/connection';
import type { DesignationFilters } from '../domain/designation-filters';
import { countExport } from '../services/export/designation-export';
import { exportFtmEntities } from '../services/export/ftm-export';
import { startProgress } from './progress';

/**
 * `ngo-tracker export --format ftm [filters] [--out FILE]`: the designations matching the filters
 * as FollowTheMoney entities (the same file as GET /api/v1/entities.ftm.ndjson). The progress bar
 * counts designations, not lines: an organization's first designation brings more than one line.
 */
export async function writeFtmExport(
  db: Db,
  filters: DesignationFilters,
  today: string,
  out: string | undefined,
): Promise<void> {
  // A bar only where someone watches: a file written from a terminal (stderr is one).
  const progress =
    out !== undefined && process.stderr.isTTY
      ? startProgress('exporting', await countExport(db, filters, today))
      : null;
  const entities = exportFtmEntities(db, filters, { today, onDesignations: (count) => progress?.update(count) });
  try {
    if (out === undefined) await pipeline(entities, process.stdout, { end: false });
    else await pipeline(entities, fs.createWriteStream(out));
  } finally {
    progress?.stop();
  }
}
