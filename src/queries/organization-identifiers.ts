import type { Db } from '../db/connection';
import { compareIdentifiers, OrganizationIdentifier } from '../domain/organization-identifiers';

/** The organization's registration numbers, OGRN before INN. */
export async function identifiersOf(db: Db, organizationId: string): Promise<OrganizationIdentifier[]> {
  const rows: OrganizationIdentifier[] = await db('organization_identifiers')
    .where({ organization_id: organizationId })
    .select('scheme', 'value');
  return rows.sort(compareIdentifiers);
}

/** The organization each of these numbers identifies, if any (a number identifies at most one). */
export async function organizationIdsByIdentifier(db: Db, identifiers: OrganizationIdentifier[]): Promise<string[]> {
  if (identifiers.length === 0) return [];
  const rows: { organization_id: string }[] = await db('organization_identifiers')
    .where((any) => {
      for (const { scheme, value } of identifiers) void any.orWhere({ scheme, value });
    })
    .distinct('organization_id');
  return rows.map((row) => row.organization_id);
}
