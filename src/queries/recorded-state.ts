import type { Knex } from 'knex';

/** The tables a designation list or export reads, and the row type each is rebuilt as. */
const RECORDED_TABLES: { name: string; rowType: string }[] = [
  { name: 'designations', rowType: 'all_designations' },
  { name: 'organizations', rowType: 'organizations' },
  { name: 'organization_names', rowType: 'organization_names' },
  { name: 'laws', rowType: 'laws' },
  { name: 'sources', rowType: 'sources' },
  { name: 'designation_sources', rowType: 'designation_sources' },
];

/**
 * Makes `query` read the data as it was recorded at `recordedAt` (an ISO timestamp): each table it
 * reads is shadowed by a common table expression of the same name, rebuilt from the latest
 * revision of each row recorded by then (rows whose latest revision deleted them are gone, and so
 * are designations deleted by then). Because the names are shadowed for the whole statement, the
 * joins and subqueries of the filter builder, the list and the export (organization names and
 * aliases, families, laws, sources) all see the same past state with no change of their own.
 */
export function readAsRecordedAt(query: Knex.QueryBuilder, recordedAt: string): Knex.QueryBuilder {
  for (const { name, rowType } of RECORDED_TABLES) {
    const rows = `select (jsonb_populate_record(null::${rowType}, latest.after)).*
      from (select distinct on (r.record_id) r.after from revisions r
        where r.table_name = ? and r.recorded_at <= ?::timestamptz order by r.record_id, r.id desc) latest
      where latest.after is not null`;
    const sql = name === 'designations' ? `select * from (${rows}) recorded where recorded.deleted_at is null` : rows;
    query.with(name, query.client.raw(sql, [name, recordedAt]) as Knex.Raw);
  }
  return query;
}
