import type { Db } from '../db/connection';
import { decodeCursor, encodeCursor, keyOf } from '../db/keyset';
import type { Designation } from '../domain/designation';
import { DesignationFilters, designationFiltersFrom, statusDay } from '../domain/designation-filters';
import { NotFoundError } from '../domain/errors';
import { isImpreciseFor, parsePartialDate, todayPartialDate } from '../domain/partial-date';
import type { DesignationListParameters } from '../domain/query-parameters';
import {
  COUNT_LIMIT,
  countDesignationsUpTo,
  filteredDesignationRows,
  findDesignation,
  toDesignation,
} from '../queries/designation-records';
import { countFromMonthlyCounts, monthlyCountsHold } from '../queries/monthly-counts';
import { assertFilterReferencesExist } from './designation-filter-references';

export interface ListedDesignation extends Designation {
  /** True when the decided date only overlaps from/to (returned with imprecise=include). */
  imprecise: boolean;
}

export interface DesignationPage {
  items: ListedDesignation[];
  /** Every designation that matches the filters, on all pages, up to COUNT_LIMIT. */
  total: number;
  /** True when more than COUNT_LIMIT match: `total` is then COUNT_LIMIT, a lower bound. */
  total_capped: boolean;
  next_cursor: string | null;
}

export async function listDesignations(db: Db, parameters: DesignationListParameters): Promise<DesignationPage> {
  const filters = designationFiltersFrom(parameters);
  const descending = parameters.sort === '-decided_on';
  const after = parameters.cursor === undefined ? undefined : decodeCursor(parameters.cursor, parameters.sort);
  await assertFilterReferencesExist(db, filters);
  const today = statusDay(filters, todayPartialDate().start);

  // One row more than asked tells whether there is a next page. The page and the count are
  // independent, so they run at once, on two pooled connections.
  const [rows, total] = await Promise.all([
    filteredDesignationRows(db, filters, today, { descending, after, limit: parameters.limit + 1 }),
    cappedTotal(db, filters, today),
  ]);

  const shown = rows.slice(0, parameters.limit);
  return {
    items: shown.map((row) => {
      const designation = toDesignation(row, today);
      const imprecise =
        filters.imprecise === 'include' &&
        isImpreciseFor(parsePartialDate(designation.decided_on), filters.from, filters.to);
      return { ...designation, imprecise };
    }),
    ...total,
    next_cursor: rows.length > parameters.limit ? encodeCursor(parameters.sort, keyOf(shown[shown.length - 1])) : null,
  };
}

/** The monthly counts give an exact count cheaply when they hold the filters; otherwise count the rows, up to the cap. */
async function cappedTotal(
  db: Db,
  filters: DesignationFilters,
  today: string,
): Promise<{ total: number; total_capped: boolean }> {
  const counted = monthlyCountsHold(filters)
    ? await countFromMonthlyCounts(db, filters)
    : await countDesignationsUpTo(db, filters, today);
  return { total: Math.min(counted, COUNT_LIMIT), total_capped: counted > COUNT_LIMIT };
}

export async function getDesignation(db: Db, id: string): Promise<Designation> {
  const designation = await findDesignation(db, id, todayPartialDate().start);
  if (!designation) throw new NotFoundError(`no designation has id ${id}`);
  return designation;
}
