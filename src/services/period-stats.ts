import type { Db } from '../db/connection';
import { designationFiltersFrom } from '../domain/designation-filters';
import { countByPeriod, PeriodCount } from '../domain/period-counts';
import { PeriodInterval, todayPartialDate } from '../domain/partial-date';
import type { StatsGrouping, StatsTimelineParameters } from '../domain/query-parameters';
import { datedCounts } from '../queries/dated-counts';
import { monthlyCountsCanAnswer, monthlyDatedCounts } from '../queries/monthly-counts';
import { assertFilterReferencesExist } from './designation-filter-references';

export interface TimelineStats {
  interval: PeriodInterval;
  group_by: StatsGrouping | null;
  from: string | null;
  to: string | null;
  /** Designations counted in `periods`. */
  total: number;
  /** Designations counted in `imprecise`: they overlap the range but fit no single period of it. */
  imprecise_total: number;
  periods: PeriodCount[];
  imprecise: PeriodCount[];
}

/**
 * Period counts over the common filters. Designations that only overlap from/to are always read
 * (whatever a list's imprecise mode would be): they are reported apart, never dropped silently.
 * The pre-aggregated monthly counts answer when they can, the designations themselves otherwise.
 */
export async function timelineStats(db: Db, parameters: StatsTimelineParameters): Promise<TimelineStats> {
  const filters = { ...designationFiltersFrom(parameters), imprecise: 'include' as const };
  await assertFilterReferencesExist(db, filters);
  const counts = monthlyCountsCanAnswer(filters, parameters.group_by, parameters.interval)
    ? await monthlyDatedCounts(db, filters, parameters.group_by, parameters.interval)
    : await datedCounts(db, filters, parameters.group_by, parameters.interval, todayPartialDate().start);
  const result = countByPeriod(counts, parameters.interval, { from: filters.from, to: filters.to });
  return {
    interval: parameters.interval,
    group_by: parameters.group_by ?? null,
    from: filters.from?.text ?? null,
    to: filters.to?.text ?? null,
    total: result.total,
    imprecise_total: result.impreciseTotal,
    periods: result.periods,
    imprecise: result.imprecise,
  };
}
