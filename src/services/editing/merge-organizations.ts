import type { Knex } from 'knex';
import { Actor, recordedTransaction } from '../../db/recorded-transaction';
import { invalidFields } from '../../domain/request-body';
import { redirectToSurvivor } from '../../queries/organization-redirects';
import { moveIdentifiers } from '../../queries/writes/organization-identifier-writes';
import { setOrganizationNames, storedNames } from '../../queries/writes/organization-name-writes';
import { moveDesignations } from '../../queries/writes/designation-writes';
import {
  deleteOrganization,
  moveChildOrganizations,
  updateOrganizationAttributes,
} from '../../queries/writes/organization-writes';
import { getOrganization, OrganizationDetail } from '../organizations';
import { nameKindOf } from '../import/organization-resolver';
import { lockOrganizationForEdit } from './organization-editing';

/**
 * Merges organization `mergedSlug` into `survivorSlug` (two records of one organization): every
 * name of the merged one becomes a name of the survivor (its canonical name an alias), every
 * designation (deleted ones too, so they can be restored), registration number and child
 * organization moves over (deleting the merged row would delete its numbers with it), the
 * survivor takes the country and Wikidata id it lacked, and the merged slug redirects to the
 * survivor. Every revision of the transaction is labelled `merge`.
 */
export async function mergeOrganizations(
  db: Knex,
  actor: Actor,
  survivorSlug: string,
  mergedSlug: string,
  expected: number[] | undefined,
): Promise<OrganizationDetail> {
  if (survivorSlug === mergedSlug) {
    throw invalidFields('merge', [
      { parameter: 'organization', value: mergedSlug, message: 'cannot merge an organization into itself' },
    ]);
  }
  return recordedTransaction(
    db,
    actor,
    async (trx) => {
      const survivor = await lockOrganizationForEdit(trx, survivorSlug, expected);
      const merged = await lockOrganizationForEdit(trx, mergedSlug, undefined);
      const survivorNames = await storedNames(trx, survivor.id);
      const known = new Set(survivorNames.map((entry) => entry.name));
      const movedNames = (await storedNames(trx, merged.id))
        .filter((entry) => !known.has(entry.name))
        .map((entry) => ({
          name: entry.name,
          kind: entry.kind === 'canonical' ? nameKindOf(entry.name) : entry.kind,
          lang: entry.lang,
        }));
      await setOrganizationNames(trx, merged.id, []);
      await setOrganizationNames(trx, survivor.id, [...survivorNames, ...movedNames]);
      await moveDesignations(trx, merged.id, survivor.id);
      await moveIdentifiers(trx, merged.id, survivor.id);
      await moveChildOrganizations(trx, merged.id, survivor.id);
      // A survivor that was the merged one's child takes the merged one's place in the family.
      const parentId = survivor.parent_id === merged.id ? merged.parent_id : survivor.parent_id;
      await updateOrganizationAttributes(trx, survivor.id, {
        parent_id: parentId === survivor.id ? null : parentId,
        hq_country: survivor.hq_country ?? merged.hq_country,
        wikidata_id: survivor.wikidata_id ?? merged.wikidata_id,
      });
      await redirectToSurvivor(trx, merged, survivor.id);
      await deleteOrganization(trx, merged.id);
      return getOrganization(trx, survivorSlug);
    },
    'merge',
  );
}
