import type { Knex } from 'knex';
import type { SourceRef } from '../../domain/interchange/columns';

/** Ensures a source row per URL (the first publisher given for a URL is kept); returns url -> id. */
export async function upsertSources(db: Knex, sources: SourceRef[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (sources.length === 0) return ids;
  const unique = [...new Map(sources.map((source) => [source.url, source])).values()];
  await db('sources')
    .insert(unique.map(({ url, publisher }) => ({ url, publisher })))
    .onConflict('url')
    .ignore();
  const rows = await db('sources')
    .whereIn(
      'url',
      unique.map((source) => source.url),
    )
    .select('id', 'url');
  for (const row of rows) ids.set(row.url, row.id);
  return ids;
}

/**
 * Makes each designation's ordered source list the given one, touching only the links that differ
 * (each touched link is a revision): a link that moved is deleted and inserted again at its place.
 */
export async function replaceDesignationSources(db: Knex, sourcesByDesignation: Map<string, string[]>): Promise<void> {
  if (sourcesByDesignation.size === 0) return;
  const stored: { designation_id: string; source_id: string; position: number }[] = await db('designation_sources')
    .whereIn('designation_id', [...sourcesByDesignation.keys()])
    .select('designation_id', 'source_id', 'position');
  const isWanted = (link: { designation_id: string; source_id: string; position: number }) =>
    sourcesByDesignation.get(link.designation_id)![link.position] === link.source_id;
  const kept = new Set(stored.filter(isWanted).map((link) => `${link.designation_id}/${link.position}`));
  const stale = stored.filter((link) => !isWanted(link));
  // The pairs as two arrays, not a `(designation_id, source_id) in ((?, ?), …)` list: on PGlite such a
  // list of a few hundred pairs matched no row at all, so stale links stayed and the insert below
  // failed on their positions (docs/performance.md, "Fourth round").
  if (stale.length > 0)
    await db.raw(
      `delete from designation_sources
      where (designation_id, source_id) in (select * from unnest(?::uuid[], ?::uuid[]))`,
      [stale.map((link) => link.designation_id), stale.map((link) => link.source_id)],
    );
  const rows = [...sourcesByDesignation].flatMap(([designationId, sourceIds]) =>
    sourceIds
      .map((sourceId, position) => ({ designation_id: designationId, source_id: sourceId, position }))
      .filter((link) => !kept.has(`${link.designation_id}/${link.position}`)),
  );
  if (rows.length > 0) await db.batchInsert('designation_sources', rows, 1000);
}
