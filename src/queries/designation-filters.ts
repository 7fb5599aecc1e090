import type { Knex } from 'knex';
import type { DesignationFilters } from '../domain/designation-filters';
import { FAMILY_IDS_SQL } from './organization-family';
import { namesScoringForFilter } from './organization-name-score';
import { readAsRecordedAt } from './recorded-state';

/**
 * The one filter builder (docs/design.md "Layers") for every query over `designations as d`: list, count,
 * period counts, export and precedents. It only adds where-clauses on `d` (subqueries for names,
 * families and laws), so callers are free to join and select what they need.
 *
 * `today` (YYYY-MM-DD) decides `status`: a designation is ended once the period of its ended date
 * has begun, the same rule as statusOn.
 *
 * Deleted designations are never seen: `designations` is the view of the ones not deleted. With
 * `recordedAsOf`, the tables that `query` and its subqueries read are the state recorded at that
 * moment (see readAsRecordedAt), so joins added to `query` are as recorded too.
 */
export function applyDesignationFilters(
  query: Knex.QueryBuilder,
  filters: DesignationFilters,
  today: string,
): Knex.QueryBuilder {
  if (filters.recordedAsOf !== undefined) readAsRecordedAt(query, filters.recordedAsOf);
  if (filters.q !== undefined) {
    const matching = namesScoringForFilter(filters.q);
    query.whereIn(
      'd.organization_id',
      (names) =>
        void names
          .select('n.organization_id')
          .from('organization_names as n')
          .whereRaw(matching.sql, matching.bindings),
    );
  }
  const { organization, law } = filters;
  if (organization !== undefined) {
    if (filters.family) query.whereRaw(`d.organization_id in (${FAMILY_IDS_SQL})`, [organization]);
    else
      query.whereIn(
        'd.organization_id',
        (ids) => void ids.select('o.id').from('organizations as o').where('o.slug', organization),
      );
  }
  if (filters.jurisdictions) query.whereIn('d.jurisdiction', filters.jurisdictions);
  if (filters.measures) query.whereIn('d.measure', filters.measures);
  if (law !== undefined)
    query.whereIn('d.law_id', (laws) => void laws.select('l.id').from('laws as l').where('l.slug', law));
  const { lawFamilies } = filters;
  if (lawFamilies)
    query.whereIn('d.law_id', (laws) => void laws.select('lf.id').from('laws as lf').whereIn('lf.family', lawFamilies));
  // Served by the GIN index on reason_tags.
  if (filters.reasons) whereAnyReasonTag(query, 'd.reason_tags', filters.reasons);
  if (filters.status === 'active')
    query.where((active) => void active.whereNull('d.ended_on').orWhere('d.ended_on', '>', today));
  if (filters.status === 'ended') query.where('d.ended_on', '<=', today);
  applyDecidedRange(query, filters);
  if (filters.asOf) {
    const day = filters.asOf.end;
    query
      .where('d.decided_on', '<=', day)
      .where((notEnded) => void notEnded.whereNull('d.ended_on').orWhere('d.ended_on', '>', day));
  }
  return query;
}

/**
 * from/to: by default the whole decided period must lie inside [from.start, to.end]; with
 * `imprecise=include` it only has to overlap it (decided_end is the generated last day).
 */
function applyDecidedRange(query: Knex.QueryBuilder, { from, to, imprecise }: DesignationFilters): void {
  const overlapOnly = imprecise === 'include';
  if (from) query.where(overlapOnly ? 'd.decided_end' : 'd.decided_on', '>=', from.start);
  if (to) query.where(overlapOnly ? 'd.decided_on' : 'd.decided_end', '<=', to.end);
}

/** Rows whose tag set (`column`) has any of `reasons`: `&&` is array overlap. */
export function whereAnyReasonTag(
  query: Knex.QueryBuilder,
  column: string,
  reasons: readonly string[],
): Knex.QueryBuilder {
  return query.whereRaw(`${column} && array[${reasons.map(() => '?').join(', ')}]::text[]`, [...reasons]);
}
