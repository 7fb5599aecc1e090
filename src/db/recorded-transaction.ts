import type { Knex } from 'knex';
import { WRITE_CONFLICT_SQLSTATES } from './database-errors';

/** Who a change is attributed to: a token's name, or `cli`, `seed`, `import` for the other paths. */
export type Actor = string;

/** What a whole transaction does, when the row-level action (create, update...) would not say it. */
export type DeclaredAction = 'merge' | 'end';

/**
 * How often a transaction PostgreSQL rolled back for another one's sake is run. Writers lock shared
 * summary rows (a decided year's totals, a law's count) until they commit, so two writers that
 * reach the same rows in opposite orders can deadlock.
 */
const ATTEMPTS = 3;

/**
 * Runs `work` in a transaction whose changes the revision triggers attribute to `actor` (see the
 * revisions migration). The setting is transaction-local, so it can never leak to another request
 * sharing the pooled connection; called on a transaction, it applies to the rest of that transaction.
 * A transaction of its own that PostgreSQL rolls back for a deadlock is run again from the start
 * (`work` writes only through `trx`), up to ATTEMPTS times; inside a caller's transaction the
 * caller decides.
 */
export async function recordedTransaction<T>(
  db: Knex,
  actor: Actor,
  work: (trx: Knex.Transaction) => Promise<T>,
  action?: DeclaredAction,
): Promise<T> {
  const attempt = () =>
    db.transaction(async (trx) => {
      await trx.raw(`select set_config('ngo.actor', ?, true), set_config('ngo.action', ?, true)`, [
        actor,
        action ?? '',
      ]);
      return work(trx);
    });
  if ((db as Knex.Transaction).isTransaction) return attempt();
  for (let attempts = 1; ; attempts++) {
    try {
      return await attempt();
    } catch (error) {
      if (attempts >= ATTEMPTS || !WRITE_CONFLICT_SQLSTATES.has((error as { code?: string }).code ?? '')) throw error;
    }
  }
}
