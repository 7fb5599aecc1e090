import type { Knex } from 'knex';
import { Actor, recordedTransaction } from '../../db/recorded-transaction';
import { ConflictError, MovedError, NotFoundError } from '../../domain/errors';
import { slugify } from '../../domain/names';
import type { OrganizationCreateFields, OrganizationPatchFields } from '../../domain/organization-fields';
import { invalidFields } from '../../domain/request-body';
import { redirectedSlug } from '../../queries/organization-redirects';
import { findOrganizationBySlug } from '../../queries/organizations';
import { LockedOrganization, lockOrganization } from '../../queries/writes/record-locks';
import { setOrganizationNames, storedNames } from '../../queries/writes/organization-name-writes';
import {
  freeOrganizationSlug,
  insertOrganization,
  organizationNameIsTaken,
  selfAndAncestorIds,
  updateOrganizationAttributes,
} from '../../queries/writes/organization-writes';
import { getOrganization, OrganizationDetail } from '../organizations';
import { plannedNames } from './organization-names';
import { assertExpectedVersion } from './versions';

/** Creates an organization (its slug from its name); 409 when another has the same name. */
export async function createOrganization(
  db: Knex,
  actor: Actor,
  fields: OrganizationCreateFields,
): Promise<OrganizationDetail> {
  return recordedTransaction(db, actor, async (trx) => {
    if (await organizationNameIsTaken(trx, fields.name, null))
      throw new ConflictError(`an organization is named ${fields.name} already`);
    const slug = await freeOrganizationSlug(trx, slugify(fields.name));
    const id = await insertOrganization(trx, {
      slug,
      name: fields.name,
      kind: fields.kind,
      hqCountry: fields.hq_country ?? null,
      parentId: fields.parent ? await parentIdFor(trx, fields.parent, null) : null,
      wikidataId: fields.wikidata_id ?? null,
    });
    if (fields.names)
      await setOrganizationNames(
        trx,
        id,
        plannedNames(await storedNames(trx, id), fields.name, fields.name, fields.names),
      );
    return getOrganization(trx, slug);
  });
}

/** Changes the fields given (names, parent, kind...); the slug stays, so links keep working. */
export async function updateOrganization(
  db: Knex,
  actor: Actor,
  slug: string,
  fields: OrganizationPatchFields,
  expected: number[] | undefined,
): Promise<OrganizationDetail> {
  return recordedTransaction(db, actor, async (trx) => {
    const organization = await lockOrganizationForEdit(trx, slug, expected);
    const changes: Parameters<typeof updateOrganizationAttributes>[2] = {};
    if (fields.name !== undefined && fields.name !== organization.name) {
      if (await organizationNameIsTaken(trx, fields.name, organization.id))
        throw new ConflictError(`another organization is named ${fields.name}`);
      changes.name = fields.name;
    }
    if (fields.kind !== undefined && fields.kind !== organization.kind) changes.kind = fields.kind;
    if (fields.hq_country !== undefined && fields.hq_country !== organization.hq_country)
      changes.hq_country = fields.hq_country;
    if (fields.wikidata_id !== undefined && fields.wikidata_id !== organization.wikidata_id)
      changes.wikidata_id = fields.wikidata_id;
    if (fields.parent !== undefined) {
      const parentId = fields.parent === null ? null : await parentIdFor(trx, fields.parent, organization.id);
      if (parentId !== organization.parent_id) changes.parent_id = parentId;
    }
    const names = plannedNames(
      await storedNames(trx, organization.id),
      organization.name,
      fields.name ?? organization.name,
      fields.names,
    );
    const namesChanged = await setOrganizationNames(trx, organization.id, names);
    // Any change, of the row or of its names, moves the version (the ETag) on.
    if (Object.keys(changes).length > 0 || namesChanged)
      await updateOrganizationAttributes(trx, organization.id, changes);
    return getOrganization(trx, slug);
  });
}

/** Locks the organization an edit is about; 404, or a redirect for a merged slug, or 412 when stale. */
export async function lockOrganizationForEdit(
  trx: Knex,
  slug: string,
  expected: number[] | undefined,
): Promise<LockedOrganization> {
  const organization = await lockOrganization(trx, slug);
  if (!organization) {
    const movedTo = await redirectedSlug(trx, slug);
    if (movedTo) throw new MovedError(`organization ${slug} was merged into ${movedTo}`, slug, movedTo);
    throw new NotFoundError(`no organization has slug ${slug}`);
  }
  assertExpectedVersion(`organization ${slug}`, organization.version, expected);
  return organization;
}

/** The parent's id; 400 when no organization has that slug or when it would make the family a loop. */
async function parentIdFor(trx: Knex, parentSlug: string, childId: string | null): Promise<string> {
  const parent = await findOrganizationBySlug(trx, parentSlug);
  if (!parent)
    throw invalidFields('organization', [
      { parameter: 'parent', value: parentSlug, message: 'no organization has this slug' },
    ]);
  if (childId !== null && (await selfAndAncestorIds(trx, parent.id)).includes(childId)) {
    throw invalidFields('organization', [
      { parameter: 'parent', value: parentSlug, message: 'is the organization itself or one of its descendants' },
    ]);
  }
  return parent.id;
}
