import type { Knex } from 'knex';
import type { RevisionsTable } from '../db/tables';

/** A revision as the history shows it: `recorded_at` as ISO text with microseconds (see selectRevisions). */
export interface RevisionRow extends Pick<
  RevisionsTable,
  'id' | 'actor' | 'action' | 'table_name' | 'record_id' | 'before' | 'after'
> {
  recorded_at: string;
}

// recorded_at as text with microseconds: passed back as recorded_as_of or since, it names exactly that moment.
function selectRevisions(db: Knex): Knex.QueryBuilder {
  return db('revisions as r').select(
    db.raw('r.id::text as id'),
    db.raw(`to_char(r.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as recorded_at`),
    'r.actor',
    'r.action',
    'r.table_name',
    'r.record_id',
    'r.before',
    'r.after',
  );
}

/** The designation's own revisions and those of its source links, oldest first. */
export async function designationRevisions(db: Knex, id: string): Promise<RevisionRow[]> {
  const revisions = selectRevisions(db)
    .where((own) => {
      void own
        .where({ 'r.table_name': 'designations', 'r.record_id': id })
        .orWhere(
          (links) => void links.where('r.table_name', 'designation_sources').where('r.record_id', 'like', `${id}/%`),
        );
    })
    .orderBy('r.id');
  return (await revisions) as RevisionRow[];
}

/** Revisions of the organizations' rows, names, registration numbers and slug redirects, oldest first. */
export async function organizationRevisions(db: Knex, ids: string[]): Promise<RevisionRow[]> {
  const ownerIn = (column: string) => db.raw(`coalesce(r.after, r.before) ->> '${column}' = any(?::text[])`, [ids]);
  const revisions = selectRevisions(db)
    .where((own) => {
      void own
        .where((rows) => void rows.where('r.table_name', 'organizations').whereIn('r.record_id', ids))
        .orWhere((names) => void names.where('r.table_name', 'organization_names').where(ownerIn('organization_id')))
        .orWhere(
          (numbers) => void numbers.where('r.table_name', 'organization_identifiers').where(ownerIn('organization_id')),
        )
        .orWhere(
          (redirects) =>
            void redirects.where('r.table_name', 'organization_slug_redirects').where(ownerIn('organization_id')),
        );
    })
    .orderBy('r.id');
  return (await revisions) as RevisionRow[];
}

export type ChangesSince = { from: 'start' } | { afterId: number; afterPosition: number } | { afterTime: string };

/** Where a revision's transaction stands in commit order; undefined when no revision has this id. */
export async function commitPositionOf(db: Knex, revisionId: number): Promise<number | undefined> {
  const row = await db('revisions as r')
    .join('revision_commits as c', 'c.transaction_id', 'r.transaction_id')
    .where('r.id', revisionId)
    .whereNotNull('c.position')
    .first<{ position: string } | undefined>('c.position');
  return row === undefined ? undefined : Number(row.position);
}

/**
 * Revisions in the order their transactions committed (see revision_commits in the revisions
 * migration), then by id. Ordered by commit, a cursor never passes a revision that is still to
 * commit, so a mirror that follows it misses nothing.
 */
export async function revisionsSince(db: Knex, since: ChangesSince, limit: number): Promise<RevisionRow[]> {
  const query = selectRevisions(db)
    .join('revision_commits as c', 'c.transaction_id', 'r.transaction_id')
    // A position is set as its transaction commits; none yet means the caller's own uncommitted writes.
    .whereNotNull('c.position')
    .orderBy([{ column: 'c.position' }, { column: 'r.id' }])
    .limit(limit);
  if ('afterTime' in since) query.whereRaw('r.recorded_at > ?::timestamptz', [since.afterTime]);
  if ('afterId' in since)
    query.whereRaw('(c.position, r.id) > (?::bigint, ?::bigint)', [since.afterPosition, since.afterId]);
  return (await query) as RevisionRow[];
}
