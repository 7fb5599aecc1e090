import type { Knex } from 'knex';
import type { Db } from '../db/connection';
import type { DatePrecision, Measure } from '../domain/vocabularies';

export interface JurisdictionRow {
  jurisdiction: string;
  designation_count: number;
  first_decided_on: string;
  first_decided_precision: DatePrecision;
  latest_decided_on: string;
  latest_decided_precision: DatePrecision;
}

// Dates go through text: node-postgres would parse a date[] into JS Dates shifted by the time zone.
const FIRST_AND_LATEST = `
  (array_agg(d.decided_on::text order by d.decided_on, d.decided_rank, d.id))[1] as first_decided_on,
  (array_agg(d.decided_precision order by d.decided_on, d.decided_rank, d.id))[1] as first_decided_precision,
  (array_agg(d.decided_on::text order by d.decided_on desc, d.decided_rank desc, d.id desc))[1] as latest_decided_on,
  (array_agg(d.decided_precision order by d.decided_on desc, d.decided_rank desc, d.id desc))[1] as latest_decided_precision`;

function summarize(db: Db): Knex.QueryBuilder {
  return db('designations as d')
    .select('d.jurisdiction', db.raw(`count(*)::int as designation_count, ${FIRST_AND_LATEST}`))
    .groupBy('d.jurisdiction');
}

/** Every jurisdiction that has acted, with its count and first and latest decided dates. */
export async function listJurisdictionSummaries(db: Db): Promise<JurisdictionRow[]> {
  return summarize(db).orderBy('d.jurisdiction');
}

export async function findJurisdictionSummary(db: Db, code: string): Promise<JurisdictionRow | undefined> {
  return summarize(db).where('d.jurisdiction', code).first();
}

export async function countsByMeasure(db: Db, code: string): Promise<{ measure: Measure; count: number }[]> {
  return db('designations')
    .where({ jurisdiction: code })
    .select('measure', db.raw('count(*)::int as count'))
    .groupBy('measure')
    .orderByRaw('count desc, measure');
}

export async function countsByLaw(db: Db, code: string): Promise<{ slug: string | null; short_name: string | null; count: number }[]> {
  return db('designations as d')
    .leftJoin('laws as l', 'l.id', 'd.law_id')
    .where('d.jurisdiction', code)
    .select('l.slug', 'l.short_name', db.raw('count(*)::int as count'))
    .groupBy('l.slug', 'l.short_name')
    .orderByRaw('count desc, l.slug nulls last');
}

export interface CollectiveActionRow {
  id: string;
  measure: Measure;
  law_slug: string | null;
  law_short_name: string | null;
  authority: string;
  decided_on: string;
  decided_precision: DatePrecision;
  organizations_affected: number | null;
  description: string;
  sources: { url: string; publisher: string; title: string | null }[];
}

/** Actions against many organizations at once (jurisdiction_actions), in date order. */
export async function collectiveActions(db: Db, code: string): Promise<CollectiveActionRow[]> {
  return db('jurisdiction_actions as a')
    .leftJoin('laws as l', 'l.id', 'a.law_id')
    .where('a.jurisdiction', code)
    .select('a.id', 'a.measure', 'l.slug as law_slug', 'l.short_name as law_short_name', 'a.authority', 'a.decided_on')
    .select('a.decided_precision', 'a.organizations_affected', 'a.description')
    .select(
      db.raw(`coalesce((select json_agg(json_build_object('url', s.url, 'publisher', s.publisher, 'title', s.title) order by ss.position)
        from jurisdiction_action_sources ss join sources s on s.id = ss.source_id where ss.action_id = a.id), '[]'::json) as sources`),
    )
    .orderBy(['a.decided_on', 'a.id']);
}
