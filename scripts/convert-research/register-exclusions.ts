/**
 * A delisting ends a record, it never adds one. Each "foreign agent register exclusion" row of
 * file 6 ends the foreign-agent listing of the same organization (by registration number or name,
 * see organization-identity.ts) that its notes name ("listed 5 Jun 2014"): that designation gets
 * ended_on = the exclusion date, the exclusion's sources, and its notes.
 *
 * Which listing: the one whose kept date is the date the notes name; else one of whose readings
 * has that date, or whose date agrees with it (designation-events.ts sameEvent): a conflict, the
 * listing keeps its date and the note's date is reported; else, when the notes name no date that
 * matches, the latest listing decided before the exclusion (reported too).
 */
import type { DesignationEvent, Reading } from './designation-events';
import { sameEvent } from './designation-events';
import { isoDayFromResearchText, periodOf } from './partial-dates';
import { rowLabel } from './research-rows';

export interface Ending {
  reading: Reading;
  /** The listing date the exclusion's notes name, when they name one. */
  listedAsNoted?: string;
}

export interface EndingConflict {
  organization: string;
  exclusion: string;
  excludedOn: string;
  listingKept: string;
  listedAsNoted: string | null;
  why: string;
}

export interface AppliedEndings {
  endings: Map<DesignationEvent, Ending>;
  conflicts: EndingConflict[];
  /** Exclusions with no listing to end: reported and accounted as left out. */
  unmatched: { reading: Reading; why: string }[];
}

const LISTED_ON_NOTE =
  /\blisted (?:on )?(?:[A-Z][a-z]+day )?(\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4})\b/;

export function listedDateNoted(notes: string): string | undefined {
  const day = LISTED_ON_NOTE.exec(notes)?.[1];
  return day === undefined ? undefined : isoDayFromResearchText(day);
}

export function applyExclusions(exclusions: readonly Reading[], events: readonly DesignationEvent[]): AppliedEndings {
  const applied: AppliedEndings = { endings: new Map(), conflicts: [], unmatched: [] };
  for (const exclusion of exclusions) {
    const listings = events.filter(
      (event) =>
        event.readings[0].organization === exclusion.organization &&
        event.readings[0].facts.jurisdiction === exclusion.facts.jurisdiction &&
        event.readings[0].facts.measure === 'foreign_agent_designation' &&
        event.readings[0].unit === exclusion.unit,
    );
    const listedAsNoted = listedDateNoted(exclusion.row.notes);
    const match = matchListing(listings, exclusion.facts.decided_on, listedAsNoted);
    if (!match) {
      applied.unmatched.push({
        reading: exclusion,
        why: 'no foreign-agent listing of this organization before the exclusion',
      });
      continue;
    }
    if (applied.endings.has(match.event)) {
      applied.unmatched.push({
        reading: exclusion,
        why: `the listing it names is already ended by ${rowLabel(applied.endings.get(match.event)!.reading.row)}`,
      });
      continue;
    }
    applied.endings.set(match.event, { reading: exclusion, ...(listedAsNoted ? { listedAsNoted } : {}) });
    if (match.why) {
      applied.conflicts.push({
        organization: exclusion.organization,
        exclusion: rowLabel(exclusion.row),
        excludedOn: exclusion.facts.decided_on,
        listingKept: match.event.readings[0].facts.decided_on,
        listedAsNoted: listedAsNoted ?? null,
        why: match.why,
      });
    }
  }
  return applied;
}

function matchListing(
  listings: readonly DesignationEvent[],
  excludedOn: string,
  listedAsNoted: string | undefined,
): { event: DesignationEvent; why?: string } | undefined {
  const keptDate = (event: DesignationEvent) => event.readings[0].facts.decided_on;
  const before = listings.filter((event) => periodOf(keptDate(event)).start <= periodOf(excludedOn).start);
  if (listedAsNoted) {
    const exact = before.find((event) => keptDate(event) === listedAsNoted);
    if (exact) return { event: exact };
    const read = before.find((event) => event.readings.some((reading) => reading.facts.decided_on === listedAsNoted));
    if (read) return { event: read, why: 'another reading of the listing has the date the exclusion names' };
    const agreeing = before.find((event) => sameEvent(keptDate(event), listedAsNoted));
    if (agreeing) return { event: agreeing, why: 'the listing is dated differently from the date the exclusion names' };
  }
  const latest = [...before].sort((a, b) => periodOf(keptDate(b)).start.localeCompare(periodOf(keptDate(a)).start))[0];
  if (!latest) return undefined;
  return {
    event: latest,
    why: listedAsNoted
      ? 'no listing has the date the exclusion names; the latest earlier listing is ended'
      : 'the exclusion names no listing date; the latest earlier listing is ended',
  };
}
