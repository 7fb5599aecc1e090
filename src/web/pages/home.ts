import type { Db } from '../../db/connection';
import { jurisdictionName } from '../../domain/jurisdictions';
import { designationListParameters, statsTimelineParameters } from '../../domain/query-parameters';
import { listDesignations } from '../../services/designations';
import { listJurisdictions } from '../../services/jurisdictions';
import { listLaws } from '../../services/laws';
import { timelineStats } from '../../services/period-stats';
import { periodChart } from '../chart-specs';
import type { Html } from '../html';
import { homePage } from '../templates/home-page';

const LATEST_SHOWN = 10;

export async function renderHomePage(db: Db): Promise<Html> {
  const [latest, jurisdictions, laws, perYear, organizations] = await Promise.all([
    listDesignations(db, designationListParameters.parse({ sort: '-decided_on', limit: String(LATEST_SHOWN) })),
    listJurisdictions(db),
    listLaws(db),
    timelineStats(db, statsTimelineParameters.parse({ interval: 'year', group_by: 'jurisdiction' })),
    countOrganizationsActedAgainst(db),
  ]);
  return homePage({
    figures: { designations: latest.total, organizations, jurisdictions: jurisdictions.items.length, laws: laws.items.length },
    perYear: periodChart(
      { id: 'designations-per-year', title: 'Designations per year, by jurisdiction', xTitle: 'Year decided', yTitle: 'Designations' },
      perYear,
      jurisdictionName,
    ),
    latest: latest.items,
    jurisdictions: jurisdictions.items,
    laws: laws.items,
  });
}

/**
 * No service counts organizations (the search lists at most 100), and this headline figure is
 * the web UI's alone: organizations with at least one designation, family parents aside.
 */
async function countOrganizationsActedAgainst(db: Db): Promise<number> {
  const row = await db('designations').first(db.raw('count(distinct organization_id)::int as count'));
  return (row as { count: number }).count;
}
