/**
 * One event is one designation. Readings (research rows) of the same organization, unit,
 * jurisdiction and measure are the same event when their decided dates agree: one date's period
 * contains the other's (2014 and 2014-07-21) or they lie at most SAME_EVENT_DAYS apart (a decision
 * and its announcement or register entry: Golos 5 vs 9 Jun 2014, RSF 27 Jun vs 23 Jul 2025).
 * Readings further apart are separate events (a re-listing years later).
 *
 * When the readings of one event disagree on the date, the rule is: the more precise date wins,
 * then the earliest (a decision comes before its announcement and its register entry). The other
 * readings' dates stay in notes and the conflict is reported for docs/data.md.
 */
import { daysBetween, periodOf, precisionOf } from './partial-dates';
import type { RowFacts } from './row-facts';
import { rowLabel, type ResearchRow } from './research-rows';

export const SAME_EVENT_DAYS = 45;

export interface Reading {
  row: ResearchRow;
  organization: string;
  unit: string;
  facts: RowFacts;
}

export interface DateConflict {
  organization: string;
  measure: string;
  kept: { date: string; row: string };
  others: { date: string; row: string }[];
}

export interface DesignationEvent {
  /** The reading whose facts the designation takes; first in `readings`. */
  readings: Reading[];
  /** The reading earliest in file and row order: its identity gives the designation's id. */
  first: Reading;
  conflict?: DateConflict;
}

const PRECISION_RANK = { year: 1, month: 2, day: 3 } as const;

export function sameEvent(a: string, b: string): boolean {
  const [periodA, periodB] = [periodOf(a), periodOf(b)];
  const contains = (outer: typeof periodA, inner: typeof periodA) =>
    outer.start <= inner.start && inner.end <= outer.end;
  return contains(periodA, periodB) || contains(periodB, periodA) || Math.abs(daysBetween(a, b)) <= SAME_EVENT_DAYS;
}

/** The reading whose date is kept: more precise first, then earliest, then first in file order. */
export function compareForDate(a: Reading, b: Reading): number {
  const rank = (reading: Reading) => PRECISION_RANK[precisionOf(reading.facts.decided_on)!];
  return (
    rank(b) - rank(a) ||
    periodOf(a.facts.decided_on).start.localeCompare(periodOf(b.facts.decided_on).start) ||
    inFileOrder(a, b)
  );
}

export function inFileOrder(a: { row: ResearchRow }, b: { row: ResearchRow }): number {
  return a.row.file - b.row.file || a.row.rowNumber - b.row.rowNumber;
}

export function groupIntoEvents(readings: readonly Reading[]): DesignationEvent[] {
  const byKey = new Map<string, Reading[]>();
  for (const reading of readings) {
    const key = [reading.organization, reading.unit, reading.facts.jurisdiction, reading.facts.measure].join('|');
    byKey.set(key, [...(byKey.get(key) ?? []), reading]);
  }
  const events: DesignationEvent[] = [];
  for (const group of byKey.values()) {
    for (const cluster of clustersOf(group)) events.push(toEvent(cluster));
  }
  return events.sort((a, b) => inFileOrder(a.first, b.first));
}

/** Readings joined while each agrees with some reading already in the cluster, by date order. */
function clustersOf(group: readonly Reading[]): Reading[][] {
  const sorted = [...group].sort(
    (a, b) => periodOf(a.facts.decided_on).start.localeCompare(periodOf(b.facts.decided_on).start) || inFileOrder(a, b),
  );
  const clusters: Reading[][] = [];
  for (const reading of sorted) {
    const cluster = clusters.find((candidate) =>
      candidate.some((other) => sameEvent(other.facts.decided_on, reading.facts.decided_on)),
    );
    if (cluster) cluster.push(reading);
    else clusters.push([reading]);
  }
  return clusters;
}

function toEvent(cluster: Reading[]): DesignationEvent {
  const readings = [...cluster].sort(compareForDate);
  const first = [...cluster].sort(inFileOrder)[0];
  const kept = readings[0];
  const others = readings.slice(1).filter((reading) => reading.facts.decided_on !== kept.facts.decided_on);
  const conflict =
    others.length === 0
      ? undefined
      : {
          organization: kept.organization,
          measure: kept.facts.measure,
          kept: { date: kept.facts.decided_on, row: rowLabel(kept.row) },
          others: others.map((reading) => ({ date: reading.facts.decided_on, row: rowLabel(reading.row) })),
        };
  return { readings, first, ...(conflict ? { conflict } : {}) };
}
