import type { Knex } from 'knex';
import type { KnownTotalsTable } from '../../db/tables';

export async function storedKnownTotals(db: Knex): Promise<KnownTotalsTable[]> {
  return db('known_totals').select('*');
}

export async function deleteKnownTotals(db: Knex, ids: string[]): Promise<void> {
  await db('known_totals').whereIn('id', ids).delete();
}

/** Inserts the count, or updates the one with its id. */
export async function upsertKnownTotal(db: Knex, total: KnownTotalsTable): Promise<void> {
  await db('known_totals').insert(total).onConflict('id').merge();
}
