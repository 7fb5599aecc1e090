import type { Knex } from 'knex';

/** Where a slug of a merged organization leads now: the slug of the organization it became part of. */
export async function redirectedSlug(db: Knex, slug: string): Promise<string | undefined> {
  const row = await db('organization_slug_redirects as r')
    .join('organizations as o', 'o.id', 'r.organization_id')
    .where('r.slug', slug)
    .first<{ slug: string } | undefined>('o.slug');
  return row?.slug;
}

/** Ids of the organizations merged into this one (directly, or into one merged into it later). */
export async function mergedOrganizationIds(db: Knex, organizationId: string): Promise<string[]> {
  return db('organization_slug_redirects').where({ organization_id: organizationId }).pluck('merged_organization_id');
}

/** A merge: the merged organization's slug, and every slug that led to it, now lead to the survivor. */
export async function redirectToSurvivor(
  db: Knex,
  merged: { id: string; slug: string },
  survivorId: string,
): Promise<void> {
  await db('organization_slug_redirects').where({ organization_id: merged.id }).update({ organization_id: survivorId });
  await db('organization_slug_redirects').insert({
    slug: merged.slug,
    organization_id: survivorId,
    merged_organization_id: merged.id,
  });
}
