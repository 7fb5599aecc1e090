/** The jurisdiction and law pages: a service's summary, counts per year by measure, every designation. */
import type { Db } from '../../db/connection';
import { parseParameters } from '../../domain/parameter-parsing';
import { designationListParameters, statsTimelineParameters } from '../../domain/query-parameters';
import { listDesignations } from '../../services/designations';
import { getJurisdiction } from '../../services/jurisdictions';
import { getLaw } from '../../services/laws';
import { timelineStats, TimelineStats } from '../../services/period-stats';
import { periodChart } from '../chart-specs';
import type { Html } from '../html';
import { vocabularyLabel } from '../templates/labels';
import { jurisdictionPage } from '../templates/jurisdiction-page';
import { lawPage } from '../templates/law-page';

/** The designations a reference page lists before sending the reader to Explore for the rest. */
const DESIGNATIONS_SHOWN = '100';

type ReferenceFilter = { jurisdiction: string } | { law: string };

function perYearByMeasure(db: Db, filter: ReferenceFilter): Promise<TimelineStats> {
  return timelineStats(
    db,
    parseParameters(statsTimelineParameters, { ...filter, interval: 'year', group_by: 'measure' }),
  );
}

function designationsOf(db: Db, filter: ReferenceFilter) {
  return listDesignations(db, parseParameters(designationListParameters, { ...filter, limit: DESIGNATIONS_SHOWN }));
}

const perYearText = (id: string, subject: string) => ({
  id,
  title: `Designations ${subject} per year, by measure`,
  xTitle: 'Year decided',
  yTitle: 'Designations',
});

export async function renderJurisdictionPage(db: Db, code: string): Promise<Html> {
  const jurisdiction = await getJurisdiction(db, code);
  const filter = { jurisdiction: code };
  const [stats, designations] = await Promise.all([perYearByMeasure(db, filter), designationsOf(db, filter)]);
  return jurisdictionPage({
    jurisdiction,
    perYear: periodChart(perYearText('jurisdiction-per-year', `by ${jurisdiction.name}`), stats, vocabularyLabel),
    designations,
  });
}

export async function renderLawPage(db: Db, slug: string): Promise<Html> {
  const law = await getLaw(db, slug);
  const filter = { law: slug };
  const [stats, designations] = await Promise.all([perYearByMeasure(db, filter), designationsOf(db, filter)]);
  return lawPage({
    law,
    perYear: periodChart(perYearText('law-per-year', `under ${law.short_name}`), stats, vocabularyLabel),
    measures: measureTotals(stats),
    designations,
  });
}

/** Designations per measure, most first, from the period counts (placed and too coarse to place alike). */
function measureTotals(stats: TimelineStats): { measure: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const bucket of [...stats.periods, ...stats.imprecise]) {
    for (const [measure, count] of Object.entries(bucket.groups))
      totals.set(measure, (totals.get(measure) ?? 0) + count);
  }
  return [...totals]
    .map(([measure, count]) => ({ measure, count }))
    .sort((a, b) => b.count - a.count || a.measure.localeCompare(b.measure));
}
