import type { PeriodCount } from '../domain/period-counts';
import { statsTimelineParameters } from '../domain/query-parameters';
import { timelineStats, TimelineStats } from '../services/period-stats';
import { withDatabase } from '../app/database';
import { parseOptions } from './designation-filter-options';
import { renderTable } from './text-table';

function renderCounts(buckets: PeriodCount[], groups: string[]): string {
  const rows = buckets.map((bucket) => [
    bucket.period,
    String(bucket.total),
    ...groups.map((group) => String(bucket.groups[group] ?? 0)),
  ]);
  return renderTable(['period', 'total', ...groups], rows, (column) => column > 0);
}

function renderStats(stats: TimelineStats): string {
  const groups = [
    ...new Set([...stats.periods, ...stats.imprecise].flatMap((bucket) => Object.keys(bucket.groups))),
  ].sort();
  let text = renderCounts(stats.periods, groups);
  if (stats.imprecise.length > 0) {
    const heading = `imprecise: dated too coarsely to place in one ${stats.interval} inside the range`;
    text += `\n${heading}\n\n${renderCounts(stats.imprecise, groups)}`;
  }
  return `${text}\n${stats.total} counted in periods, ${stats.imprecise_total} imprecise\n`;
}

/** `ngo-tracker stats [filters] [--interval year|quarter|month] [--group-by ATTRIBUTE] [--json]`. */
export async function runStats(options: Record<string, unknown>): Promise<void> {
  const parameters = parseOptions(statsTimelineParameters, options, ['json']);
  const stats = await withDatabase((db) => timelineStats(db, parameters));
  process.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : renderStats(stats));
}
