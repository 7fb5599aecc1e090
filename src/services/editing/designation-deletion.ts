import type { Knex } from 'knex';
import { Actor, recordedTransaction } from '../../db/recorded-transaction';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { Designation } from '../../domain/designation';
import { markDesignationDeleted, markDesignationRestored } from '../../queries/writes/designation-writes';
import { lockDesignation } from '../../queries/writes/record-locks';
import { getDesignation } from '../designations';
import { lockLiveDesignation } from './designation-editing';
import { assertExpectedVersion } from './versions';

/**
 * Soft delete: the designation leaves every read and export (the `designations` view) but keeps its
 * row, its sources and its history, and POST .../restore brings it back as it was.
 */
export async function deleteDesignation(
  db: Knex,
  actor: Actor,
  id: string,
  expected: number[] | undefined,
): Promise<void> {
  await recordedTransaction(db, actor, async (trx) => {
    await lockLiveDesignation(trx, id, expected);
    await markDesignationDeleted(trx, id);
  });
}

export async function restoreDesignation(
  db: Knex,
  actor: Actor,
  id: string,
  expected: number[] | undefined,
): Promise<Designation> {
  return recordedTransaction(db, actor, async (trx) => {
    const locked = await lockDesignation(trx, id);
    if (!locked) throw new NotFoundError(`no designation has id ${id}`);
    if (!locked.deleted) throw new ConflictError(`designation ${id} is not deleted`);
    assertExpectedVersion(`designation ${id}`, locked.version, expected);
    await markDesignationRestored(trx, id);
    return getDesignation(trx, id);
  });
}
