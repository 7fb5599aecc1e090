import type { Db } from './connection';

/**
 * A number that grows with every committed change of the data: the position of the latest
 * committed write in revision_commits (see the revisions migration). Every write to a table the
 * API reads goes through the revision triggers, which give its transaction a position as it
 * commits, in commit order; writes that bypass triggers (a TRUNCATE, a load with
 * session_replication_role = replica) do not move it.
 */
export async function dataVersion(db: Db): Promise<string> {
  const [{ version }] = await db('revision_commits').select<{ version: string }[]>(
    db.raw('coalesce(max(position), 0)::text as version'),
  );
  return version;
}
