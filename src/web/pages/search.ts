import type { Db } from '../../db/connection';
import { parseParameters } from '../../domain/parameter-parsing';
import { organizationSearchParameters } from '../../domain/query-parameters';
import { searchOrganizations } from '../../services/organizations';
import type { Html } from '../html';
import { searchPage } from '../templates/search-page';

/** The most the organization search returns at once. */
const RESULTS_SHOWN = 100;

/** `rawQuery` is the query string as given; an empty `q` (a submitted blank box) lists everyone by name. */
export async function renderSearchPage(db: Db, rawQuery: Record<string, unknown>): Promise<Html> {
  const given = typeof rawQuery.q === 'string' ? rawQuery.q.trim() : '';
  const parameters = parseParameters(organizationSearchParameters, {
    ...rawQuery,
    q: given === '' ? undefined : given,
    limit: String(RESULTS_SHOWN),
  });
  const { items } = await searchOrganizations(db, parameters);
  return searchPage(given, items, items.length === RESULTS_SHOWN);
}
