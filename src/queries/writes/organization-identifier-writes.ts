import type { Knex } from 'knex';
import type { IdentifierScheme } from '../../domain/vocabularies';

export interface StoredIdentifier {
  organization_id: string;
  scheme: IdentifierScheme;
  value: string;
}

export async function storedIdentifiers(db: Knex): Promise<StoredIdentifier[]> {
  return db('organization_identifiers').select('organization_id', 'scheme', 'value');
}

/** Gives the number to the organization: a new row, or a number that named another organization now names this one. */
export async function assignIdentifier(db: Knex, identifier: StoredIdentifier): Promise<void> {
  await db('organization_identifiers').insert(identifier).onConflict(['scheme', 'value']).merge(['organization_id']);
}

export async function deleteIdentifiers(
  db: Knex,
  identifiers: Pick<StoredIdentifier, 'scheme' | 'value'>[],
): Promise<void> {
  for (const { scheme, value } of identifiers) await db('organization_identifiers').where({ scheme, value }).delete();
}

/** A merge: the merged organization's numbers become the survivor's (before the merged row, and with it its numbers, is deleted). */
export async function moveIdentifiers(db: Knex, fromOrganizationId: string, toOrganizationId: string): Promise<void> {
  await db('organization_identifiers')
    .where({ organization_id: fromOrganizationId })
    .update({ organization_id: toOrganizationId });
}
