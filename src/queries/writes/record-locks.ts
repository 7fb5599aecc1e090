import type { Knex } from 'knex';

/**
 * Row locks taken at the start of an edit: a concurrent edit of the same record waits here until
 * the first commits, then reads the version that one wrote, so two writers holding the same ETag
 * cannot both succeed.
 */
export interface LockedDesignation {
  version: number;
  deleted: boolean;
}

/** Any designation, deleted or not. */
export async function lockDesignation(db: Knex, id: string): Promise<LockedDesignation | undefined> {
  const row = await db('all_designations').where({ id }).forUpdate().first('version', 'deleted_at');
  return row && { version: row.version, deleted: row.deleted_at !== null };
}

export interface LockedOrganization {
  id: string;
  slug: string;
  name: string;
  kind: string;
  hq_country: string | null;
  parent_id: string | null;
  wikidata_id: string | null;
  version: number;
}

export async function lockOrganization(db: Knex, slug: string): Promise<LockedOrganization | undefined> {
  return db('organizations')
    .where({ slug })
    .forUpdate()
    .first('id', 'slug', 'name', 'kind', 'hq_country', 'parent_id', 'wikidata_id', 'version');
}
