/**
 * What each chart shows, built from service results on the server. The same spec renders the
 * chart's data table (what screen readers and readers without JavaScript get) and, as JSON, the
 * chart itself (see assets/charts.js), so the two cannot disagree.
 */
import { DateTime } from 'luxon';
import { parsePartialDate } from '../domain/partial-date';
import type { TimelineEvent } from '../domain/timeline-events';
import type { Designation } from '../domain/designation';
import type { TimelineStats } from '../services/period-stats';
import { countOf, EVENT_LABELS, vocabularyLabel } from './templates/labels';

export interface ChartText {
  /** Element id of the figure; unique on its page. */
  id: string;
  title: string;
  xTitle: string;
  yTitle: string;
}

/** Counts per period, one bar per period, stacked by series. */
export interface StackedBarChart extends ChartText {
  kind: 'stacked-bar';
  periods: string[];
  series: { name: string; values: number[] }[];
  /** What the bars leave out, in words: designations dated too coarsely to place in one period. */
  note: string | null;
}

/** Dated events on a time axis, one lane per jurisdiction, one series per kind of event. */
export interface TimelineChart extends ChartText {
  kind: 'timeline';
  lanes: string[];
  series: string[];
  /** `radius` (in pixels) draws a point larger than the default, e.g. by the count it stands for. */
  points: { series: string; lane: string; x: number; date: string; description: string; radius?: number }[];
}

export type ChartSpec = StackedBarChart | TimelineChart;

/**
 * Period counts as a stacked bar chart. Without a grouping there is one series; with one, a
 * series per group value, named by `groupName`.
 */
export function periodChart(
  text: ChartText,
  stats: TimelineStats,
  groupName: (key: string) => string = (key) => key,
): StackedBarChart {
  const keys =
    stats.group_by === null ? [] : [...new Set(stats.periods.flatMap((period) => Object.keys(period.groups)))].sort();
  const series =
    keys.length === 0
      ? [{ name: 'Designations', values: stats.periods.map((period) => period.total) }]
      : keys.map((key) => ({ name: groupName(key), values: stats.periods.map((period) => period.groups[key] ?? 0) }));
  return {
    kind: 'stacked-bar',
    ...text,
    periods: stats.periods.map((period) => period.period),
    series,
    note: impreciseNote(stats),
  };
}

function impreciseNote(stats: TimelineStats): string | null {
  if (stats.imprecise_total === 0) return null;
  const dates = stats.imprecise.map((bucket) => `${bucket.period} (${bucket.total})`).join(', ');
  return `Not drawn: ${countOf(stats.imprecise_total, 'designation')} dated too coarsely to place in one ${stats.interval}: ${dates}.`;
}

/** An organization's (or family's) timeline events, one lane per jurisdiction. */
export function timelineChart(text: ChartText, events: TimelineEvent<Designation>[]): TimelineChart {
  const points = events.map((event) => ({
    series: EVENT_LABELS[event.event],
    lane: event.designation.jurisdiction.name,
    x: yearPosition(event.on),
    date: event.on,
    description: designationSummary(event.designation),
  }));
  return {
    kind: 'timeline',
    ...text,
    lanes: [...new Set(points.map((point) => point.lane))],
    series: [...new Set(points.map((point) => point.series))],
    points,
  };
}

/** `Registration revoked: Amnesty International Limited (Moscow office)`. */
function designationSummary(designation: Designation): string {
  const unit = designation.unit === null ? '' : ` (${designation.unit})`;
  return `${vocabularyLabel(designation.measure)}: ${designation.organization.name}${unit}`;
}

/**
 * A partial date as a point on a year axis (2022.27 for 8 April 2022): the middle of its period,
 * so a date known only to the year sits mid-year, not on 1 January.
 */
export function yearPosition(partialDate: string): number {
  const { start, end } = parsePartialDate(partialDate);
  const position = (day: DateTime) => day.year + (day.ordinal - 1) / (day.daysInYear ?? 365);
  const first = DateTime.fromISO(start, { zone: 'utc' });
  const afterLast = DateTime.fromISO(end, { zone: 'utc' }).plus({ days: 1 });
  return Math.round(((position(first) + position(afterLast)) / 2) * 1000) / 1000;
}
