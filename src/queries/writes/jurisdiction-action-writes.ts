import type { Knex } from 'knex';
import type { JurisdictionActionsTable } from '../../db/tables';

export type JurisdictionActionColumns = Omit<JurisdictionActionsTable, 'created_at' | 'updated_at'>;

/** Inserts the action, or updates the one with its id. */
export async function upsertJurisdictionAction(db: Knex, action: JurisdictionActionColumns): Promise<void> {
  await db('jurisdiction_actions').insert(action).onConflict('id').merge();
}

/** The action's sources, in their order. */
export async function jurisdictionActionSourceIds(db: Knex, actionId: string): Promise<string[]> {
  return db('jurisdiction_action_sources').where({ action_id: actionId }).orderBy('position').pluck('source_id');
}

export async function replaceJurisdictionActionSources(db: Knex, actionId: string, sourceIds: string[]): Promise<void> {
  await db('jurisdiction_action_sources').where({ action_id: actionId }).delete();
  await db('jurisdiction_action_sources').insert(
    sourceIds.map((sourceId, position) => ({ action_id: actionId, source_id: sourceId, position })),
  );
}
