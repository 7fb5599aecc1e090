import type { Db } from '../db/connection';
import { designationFiltersFrom } from '../domain/designation-filters';
import type { FeedParameters } from '../domain/feed-parameters';
import { todayPartialDate } from '../domain/partial-date';
import { applyDesignationFilters } from '../queries/designation-filters';
import type { Designation } from '../domain/designation';
import { DesignationRow, selectDesignations, toDesignation } from '../queries/designation-records';
import { assertFilterReferencesExist } from './designation-filter-references';

export interface FeedEntry {
  designation: Designation;
  /** When it was first recorded, and last changed (ISO, UTC). */
  published: string;
  updated: string;
}

/** The designations matching the filters that were recorded most recently, newest first. */
export async function newestDesignations(db: Db, parameters: FeedParameters): Promise<FeedEntry[]> {
  const filters = designationFiltersFrom(parameters);
  await assertFilterReferencesExist(db, filters);
  const today = todayPartialDate().start;
  const rows: (DesignationRow & { created_at: Date; updated_at: Date })[] = await applyDesignationFilters(
    selectDesignations(db),
    filters,
    today,
  )
    .select('d.created_at', 'd.updated_at')
    .orderBy([
      { column: 'd.created_at', order: 'desc' },
      { column: 'd.decided_on', order: 'desc' },
      { column: 'd.id', order: 'desc' },
    ])
    .limit(parameters.limit);
  return rows.map((row) => ({
    designation: toDesignation(row, today),
    published: new Date(row.created_at).toISOString(),
    updated: new Date(row.updated_at).toISOString(),
  }));
}
