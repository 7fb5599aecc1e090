import type { Knex } from 'knex';
import type { Db } from '../db/connection';
import type { DesignationsTable, JurisdictionActionsTable, LawsTable, SourcesTable } from '../db/tables';
import type { Measure } from '../domain/vocabularies';

export interface JurisdictionRow {
  jurisdiction: DesignationsTable['jurisdiction'];
  designation_count: number;
  first_decided_on: DesignationsTable['decided_on'];
  first_decided_precision: DesignationsTable['decided_precision'];
  latest_decided_on: DesignationsTable['decided_on'];
  latest_decided_precision: DesignationsTable['decided_precision'];
}

/**
 * Each jurisdiction's count from the yearly counts (kept with every write; summed over its years,
 * not counted over its designations), and its first and latest designation read from the
 * jurisdiction's decided-date index, one entry each, rather than counting and sorting the
 * designations themselves.
 */
function summarize(db: Db, code?: string): Knex.QueryBuilder {
  const counts = db('designation_yearly_counts as c')
    .select('c.jurisdiction', db.raw('sum(c.designations)::int as designation_count'))
    .groupBy('c.jurisdiction');
  if (code !== undefined) counts.where('c.jurisdiction', code);
  // Dates go through text: node-postgres would parse a date into a JS Date shifted by the time zone.
  const firstOrLatest = (direction: 'asc' | 'desc') => `cross join lateral (
      select d.decided_on::text as decided_on, d.decided_precision from designations d where d.jurisdiction = j.jurisdiction
      order by d.decided_on ${direction}, d.decided_rank ${direction}, d.id ${direction}
      limit 1) as ${direction === 'asc' ? 'first' : 'latest'}`;
  return db
    .from(counts.as('j'))
    .joinRaw(firstOrLatest('asc'))
    .joinRaw(firstOrLatest('desc'))
    .select('j.jurisdiction', 'j.designation_count')
    .select('first.decided_on as first_decided_on', 'first.decided_precision as first_decided_precision')
    .select('latest.decided_on as latest_decided_on', 'latest.decided_precision as latest_decided_precision');
}

/** Every jurisdiction that has acted, with its count and first and latest decided dates. */
export async function listJurisdictionSummaries(db: Db): Promise<JurisdictionRow[]> {
  return (await summarize(db).orderBy('j.jurisdiction')) as JurisdictionRow[];
}

export async function findJurisdictionSummary(db: Db, code: string): Promise<JurisdictionRow | undefined> {
  return (await summarize(db, code).first()) as JurisdictionRow | undefined;
}

/** From the monthly counts, which keep the measure (the summaries' counts come from the yearly ones). */
export async function countsByMeasure(db: Db, code: string): Promise<{ measure: Measure; count: number }[]> {
  return db('designation_monthly_counts')
    .where({ jurisdiction: code })
    .select('measure', db.raw('sum(designations)::int as count'))
    .groupBy('measure')
    .orderByRaw('count desc, measure');
}

/**
 * From the yearly counts by law (kept with every write), summed over the jurisdiction's years;
 * those under no law are counted under an id no law has, so the join leaves their slug null.
 * Counting its designations by law would read an index entry per designation.
 */
export async function countsByLaw(
  db: Db,
  code: string,
): Promise<{ slug: string | null; short_name: string | null; count: number }[]> {
  const counts = db('designation_law_yearly_counts')
    .where('jurisdiction', code)
    .groupBy('law_id')
    .select('law_id', db.raw('sum(designations)::int as count'));
  return db
    .from(counts.as('c'))
    .leftJoin('laws as l', 'l.id', 'c.law_id')
    .select('l.slug', 'l.short_name', 'c.count')
    .orderByRaw('c.count desc, l.slug nulls last');
}

export interface CollectiveActionRow extends Pick<
  JurisdictionActionsTable,
  'id' | 'measure' | 'authority' | 'decided_on' | 'decided_precision' | 'organizations_affected' | 'description'
> {
  law_slug: LawsTable['slug'] | null;
  law_short_name: LawsTable['short_name'] | null;
  sources: Pick<SourcesTable, 'url' | 'publisher' | 'title'>[];
}

/** Actions against many organizations at once (jurisdiction_actions), in date order. */
export async function collectiveActions(db: Db, code: string): Promise<CollectiveActionRow[]> {
  const actions = db('jurisdiction_actions as a')
    .leftJoin('laws as l', 'l.id', 'a.law_id')
    .where('a.jurisdiction', code)
    .select('a.id', 'a.measure', 'l.slug as law_slug', 'l.short_name as law_short_name', 'a.authority', 'a.decided_on')
    .select('a.decided_precision', 'a.organizations_affected', 'a.description')
    .select(
      db.raw(`coalesce((select json_agg(json_build_object('url', s.url, 'publisher', s.publisher, 'title', s.title) order by ss.position)
        from jurisdiction_action_sources ss join sources s on s.id = ss.source_id where ss.action_id = a.id), '[]'::json) as sources`),
    )
    .orderBy(['a.decided_on', 'a.id']);
  return (await actions) as CollectiveActionRow[];
}
