import type { Knex } from 'knex';
import { normalizeName } from '../../domain/names';
import type { NameKind } from '../../domain/vocabularies';

export interface StoredName {
  id: number;
  name: string;
  kind: NameKind;
  lang: string | null;
}

export interface WantedName {
  name: string;
  kind: NameKind;
  lang: string | null;
}

export async function storedNames(db: Knex, organizationId: string): Promise<StoredName[]> {
  const rows = await db('organization_names')
    .where({ organization_id: organizationId })
    .orderBy('id')
    .select('id', 'name', 'name_kind', 'lang');
  return rows.map((row) => ({ id: Number(row.id), name: row.name, kind: row.name_kind, lang: row.lang }));
}

/**
 * Makes the organization's names exactly `wanted`, touching only the rows that differ (each touched
 * row is a revision). Returns whether anything changed.
 */
export async function setOrganizationNames(db: Knex, organizationId: string, wanted: WantedName[]): Promise<boolean> {
  const stored = await storedNames(db, organizationId);
  const wantedByName = new Map(wanted.map((name) => [name.name, name]));
  const storedByName = new Map(stored.map((name) => [name.name, name]));
  const removed = stored.filter((name) => !wantedByName.has(name.name));
  const changed = stored.filter((name) => {
    const want = wantedByName.get(name.name);
    return want !== undefined && (want.kind !== name.kind || want.lang !== name.lang);
  });
  const added = wanted.filter((name) => !storedByName.has(name.name));
  if (removed.length > 0)
    await db('organization_names')
      .whereIn(
        'id',
        removed.map((name) => name.id),
      )
      .delete();
  for (const name of changed) {
    const want = wantedByName.get(name.name)!;
    await db('organization_names').where('id', name.id).update({ name_kind: want.kind, lang: want.lang });
  }
  if (added.length > 0) {
    await db('organization_names').insert(
      added.map((name) => ({
        organization_id: organizationId,
        name: name.name,
        name_kind: name.kind,
        lang: name.lang,
        normalized: normalizeName(name.name),
      })),
    );
  }
  return removed.length + changed.length + added.length > 0;
}
