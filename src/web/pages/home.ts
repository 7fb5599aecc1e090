import type { Db } from '../../db/connection';
import { jurisdictionName } from '../../domain/jurisdictions';
import { designationListParameters, statsTimelineParameters } from '../../domain/query-parameters';
import { listDesignations } from '../../services/designations';
import { listJurisdictions } from '../../services/jurisdictions';
import { listLaws } from '../../services/laws';
import { countOrganizationsActedAgainst } from '../../services/organizations';
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
    figures: {
      designations: latest.total,
      organizations,
      jurisdictions: jurisdictions.items.length,
      laws: laws.items.length,
    },
    perYear: periodChart(
      {
        id: 'designations-per-year',
        title: 'Designations per year, by jurisdiction',
        xTitle: 'Year decided',
        yTitle: 'Designations',
      },
      perYear,
      jurisdictionName,
    ),
    latest: latest.items,
    jurisdictions: jurisdictions.items,
    laws: laws.items,
  });
}
