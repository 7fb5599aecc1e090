import type { Db } from '../db/connection';
import { designationFiltersFrom } from '../domain/designation-filters';
import type { FeedParameters } from '../domain/feed-parameters';
import { todayPartialDate } from '../domain/partial-date';
import type { Designation } from '../domain/designation';
import { newestDesignationRows, toDesignation } from '../queries/designation-records';
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
  const rows = await newestDesignationRows(db, filters, today, parameters.limit);
  return rows.map((row) => ({
    designation: toDesignation(row, today),
    published: new Date(row.created_at).toISOString(),
    updated: new Date(row.updated_at).toISOString(),
  }));
}
