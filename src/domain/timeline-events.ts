/**
 * Timeline events (docs/design.md "Glossary"): the dated points of designations, that is when each was decided,
 * listed on a register and ended, in date order. Pure: no I/O.
 */
import { comparePartialDates, parsePartialDate, PartialDate } from './partial-date';
import type { DatePrecision } from './vocabularies';

export const TIMELINE_EVENT_KINDS = ['decided', 'listed', 'ended'] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

/** The partial-date strings of a designation (`2015`, `2015-03`, `2015-03-01`). */
export interface DatedDesignation {
  decided_on: string;
  listed_on: string | null;
  ended_on: string | null;
}

export interface TimelineEvent<D> {
  on: string;
  precision: DatePrecision;
  event: TimelineEventKind;
  designation: D;
}

/**
 * By date (`2015` before `2015-03` before `2015-03-01` on the same start), then decided before
 * listed before ended, then in the order the designations were given.
 */
export function timelineEvents<D extends DatedDesignation>(designations: D[]): TimelineEvent<D>[] {
  const events: { date: PartialDate; kind: TimelineEventKind; index: number; designation: D }[] = [];
  designations.forEach((designation, index) => {
    const dates: Record<TimelineEventKind, string | null> = {
      decided: designation.decided_on,
      listed: designation.listed_on,
      ended: designation.ended_on,
    };
    for (const kind of TIMELINE_EVENT_KINDS) {
      const text = dates[kind];
      if (text !== null) events.push({ date: parsePartialDate(text), kind, index, designation });
    }
  });
  events.sort(
    (a, b) =>
      comparePartialDates(a.date, b.date) ||
      TIMELINE_EVENT_KINDS.indexOf(a.kind) - TIMELINE_EVENT_KINDS.indexOf(b.kind) ||
      a.index - b.index,
  );
  return events.map(({ date, kind, designation }) => ({
    on: date.text,
    precision: date.precision,
    event: kind,
    designation,
  }));
}
