import type { Knex } from 'knex';

/** Who a change is attributed to: a token's name, or `cli`, `seed`, `import` for the other paths. */
export type Actor = string;

/** What a whole transaction does, when the row-level action (create, update...) would not say it. */
export type DeclaredAction = 'merge' | 'end';

/**
 * Runs `work` in a transaction whose changes the revision triggers attribute to `actor` (see the
 * revisions migration). The setting is transaction-local, so it can never leak to another request
 * sharing the pooled connection; called on a transaction, it applies to the rest of that transaction.
 */
export async function recordedTransaction<T>(db: Knex, actor: Actor, work: (trx: Knex.Transaction) => Promise<T>, action?: DeclaredAction): Promise<T> {
  return db.transaction(async (trx) => {
    await trx.raw(`select set_config('ngo.actor', ?, true), set_config('ngo.action', ?, true)`, [actor, action ?? '']);
    return work(trx);
  });
}
