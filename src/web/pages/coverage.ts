/** The coverage page: the coverage report, for every jurisdiction or those of `?jurisdiction=`. */
import type { Db } from '../../db/connection';
import { parseParameters } from '../../domain/parameter-parsing';
import { coverageParameters } from '../../domain/query-parameters';
import { coverage } from '../../services/coverage';
import type { Html } from '../html';
import { coveragePage } from '../templates/coverage-page';

export async function renderCoveragePage(db: Db, query: Record<string, unknown>): Promise<Html> {
  return coveragePage(await coverage(db, parseParameters(coverageParameters, query)));
}
