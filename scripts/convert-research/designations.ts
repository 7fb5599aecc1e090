/**
 * One designation event (one or more research readings, perhaps ended by a register exclusion)
 * -> one row of seeds/data/designations.csv (the interchange format).
 */
import { v5 as uuidv5 } from 'uuid';
import { joinList, type CsvRecord, type DESIGNATION_COLUMNS } from './csv-files';
import type { DesignationEvent, Reading } from './designation-events';
import type { OrganizationRecord } from './organization-records';
import type { Ending } from './register-exclusions';
import { lawFamilyOf } from './laws';
import { composeNotes, sentence } from './row-facts';
import { rowLabel } from './research-rows';

/**
 * Namespace of the deterministic ids (uuid v5). Never change it: the ids in the seed file are what
 * makes a re-import update the same designations instead of adding new ones.
 */
export const SEED_ID_NAMESPACE = '934e5d60-bd45-46fa-a1d2-fb951b638b4c';

export type DesignationRecord = CsvRecord<typeof DESIGNATION_COLUMNS>;

export function toDesignation(
  event: DesignationEvent,
  organization: OrganizationRecord,
  ending: Ending | undefined,
): DesignationRecord {
  const [kept] = event.readings as [Reading, ...Reading[]];
  const withReasons = event.readings.find((reading) => reading.facts.reasons_form !== 'not_stated') ?? kept;
  const { remarks, ...facts } = kept.facts;
  const sources = unionOfSources([
    ...event.readings.map((reading) => reading.facts),
    ...(ending ? [ending.reading.facts] : []),
  ]);
  const notes = [
    composeNotes(kept.row.notes, [...remarks, ...(organization.remarksByRow.get(kept.row) ?? [])]),
    ...event.readings.slice(1).map((reading) => otherReadingNote(reading, kept)),
    ...(withReasons === kept ? [] : [`Stated reasons as researched in ${rowLabel(withReasons.row)}.`]),
    ...(ending ? [endingNote(ending)] : []),
  ].join(' ');
  const law = facts.law || (event.readings.find((reading) => reading.facts.law !== '')?.facts.law ?? '');
  return {
    id: designationId(
      event.first.organization,
      event.first.unit,
      event.first.facts.jurisdiction,
      event.first.facts.measure,
      event.first.facts.decided_on,
    ),
    organization: organization.name,
    organization_aliases: joinList(organization.aliases),
    organization_kind: organization.profile.kind,
    organization_parent: organization.profile.parent ?? '',
    organization_country: organization.profile.country ?? '',
    unit: kept.unit,
    ...facts,
    law,
    law_family: lawFamilyOf(facts.jurisdiction, law),
    listed_on:
      facts.listed_on || (event.readings.find((reading) => reading.facts.listed_on !== '')?.facts.listed_on ?? ''),
    stated_reasons: withReasons.facts.stated_reasons,
    reasons_form: withReasons.facts.reasons_form,
    reason_tags: withReasons.facts.reason_tags,
    source_urls: joinList(sources.map((source) => source.url)),
    source_publishers: joinList(sources.map((source) => source.publisher)),
    ended_on: ending ? ending.reading.facts.decided_on : '',
    // Every ending in the research is in the past: status follows ended_on.
    status: ending ? 'ended' : 'active',
    notes,
  };
}

/**
 * Stable identity without the research row number, so inserting or reordering research rows does
 * not change any id; taken from the event's reading earliest in file order, so the designations of
 * the first research file keep their ids when a later file adds a reading. Uniqueness is checked
 * over the whole output.
 */
export function designationId(
  organization: string,
  unit: string,
  jurisdiction: string,
  measure: string,
  decidedOn: string,
): string {
  return uuidv5(['designation', organization, unit, jurisdiction, measure, decidedOn].join('|'), SEED_ID_NAMESPACE);
}

function unionOfSources(facts: readonly Reading['facts'][]): { url: string; publisher: string }[] {
  const sources: { url: string; publisher: string }[] = [];
  for (const fact of facts) {
    const urls = fact.source_urls.split('; ');
    const publishers = fact.source_publishers.split('; ');
    urls.forEach((url, index) => {
      if (!sources.some((source) => source.url === url)) sources.push({ url, publisher: publishers[index] });
    });
  }
  return sources;
}

/** The same event as read by another research row: its date, authority and notes, verbatim. */
function otherReadingNote(reading: Reading, kept: Reading): string {
  const date = reading.facts.decided_on === kept.facts.decided_on ? '' : ` dated ${reading.facts.decided_on}`;
  return sentence(
    `Also researched in ${rowLabel(reading.row)}${date}, by ${reading.row.authority}`,
    reading.row.notes || 'no notes',
  );
}

function endingNote({ reading, listedAsNoted }: Ending): string {
  const listed = listedAsNoted ? ` (its notes: listed ${listedAsNoted})` : '';
  return sentence(
    `Ended: excluded from the register on ${reading.facts.decided_on} per ${rowLabel(reading.row)}${listed}`,
    reading.row.notes,
  );
}
