import type { Db } from '../../db/connection';
import { InvalidInputError } from '../../domain/errors';
import { jurisdictionName } from '../../domain/jurisdictions';
import { parseParameters } from '../../domain/parameter-parsing';
import type { PartialDate, PeriodInterval } from '../../domain/partial-date';
import { designationListParameters, statsTimelineParameters } from '../../domain/query-parameters';
import { listDesignations } from '../../services/designations';
import { listJurisdictions } from '../../services/jurisdictions';
import { listLaws } from '../../services/laws';
import { timelineStats } from '../../services/period-stats';
import { periodChart } from '../chart-specs';
import { filterOnly, QueryValues } from '../form-query';
import type { Html } from '../html';
import { ExploreOutcome, explorePage } from '../templates/explore-page';

export interface RenderedExplorePage {
  status: 200 | 400;
  body: Html;
}

/** `values` is the canonical query (see canonicalQuery); a filter the API would reject is a 400 page. */
export async function renderExplorePage(db: Db, values: QueryValues): Promise<RenderedExplorePage> {
  const [jurisdictions, laws] = await Promise.all([listJurisdictions(db), listLaws(db)]);
  const choices = { jurisdictions: jurisdictions.items, laws: laws.items };
  const outcome = await exploreOutcome(db, values);
  return { status: outcome.kind === 'invalid' ? 400 : 200, body: explorePage(values, choices, outcome) };
}

async function exploreOutcome(db: Db, values: QueryValues): Promise<ExploreOutcome> {
  try {
    const parameters = parseParameters(designationListParameters, values);
    const interval = chartInterval(parameters.from, parameters.to);
    // The period counts take the filter without the list's own `imprecise` mode (they report such rows apart).
    const { imprecise: _listMode, ...statsFilter } = filterOnly(values);
    const [list, stats] = await Promise.all([
      listDesignations(db, parameters),
      timelineStats(
        db,
        parseParameters(statsTimelineParameters, { ...statsFilter, interval, group_by: 'jurisdiction' }),
      ),
    ]);
    const chartText = {
      id: 'explore-periods',
      title: `Designations per ${interval} for this filter, by jurisdiction`,
      xTitle: interval === 'year' ? 'Year decided' : `${interval === 'month' ? 'Month' : 'Quarter'} decided`,
      yTitle: 'Designations',
    };
    return { kind: 'results', list, chart: periodChart(chartText, stats, jurisdictionName) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { kind: 'invalid', problems: error.problems };
    throw error;
  }
}

/** Years unless the range is short enough that months (up to 2 years) or quarters (up to 6) say more. */
function chartInterval(from?: PartialDate, to?: PartialDate): PeriodInterval {
  if (from === undefined || to === undefined) return 'year';
  const months =
    (Number(to.end.slice(0, 4)) - Number(from.start.slice(0, 4))) * 12 +
    Number(to.end.slice(5, 7)) -
    Number(from.start.slice(5, 7)) +
    1;
  if (months <= 24) return 'month';
  return months <= 72 ? 'quarter' : 'year';
}
