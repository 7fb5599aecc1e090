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
  const rows = await db('sources').whereIn('url', unique.map((source) => source.url)).select('id', 'url');
  for (const row of rows) ids.set(row.url, row.id);
  return ids;
}

/** Replaces the ordered source list of each designation. */
export async function replaceDesignationSources(db: Knex, sourcesByDesignation: Map<string, string[]>): Promise<void> {
  if (sourcesByDesignation.size === 0) return;
  await db('designation_sources').whereIn('designation_id', [...sourcesByDesignation.keys()]).delete();
  const rows = [...sourcesByDesignation].flatMap(([designationId, sourceIds]) =>
    sourceIds.map((sourceId, position) => ({ designation_id: designationId, source_id: sourceId, position })),
  );
  if (rows.length > 0) await db.batchInsert('designation_sources', rows, 1000);
}
