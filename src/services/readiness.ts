import type { DatabaseRoles } from '../db/database-roles';
import { databaseAnswers } from '../db/readiness';

export interface DatabaseStates {
  primary: 'up' | 'down';
  /** `none` when the process has no read replica. */
  replica: 'up' | 'down' | 'none';
}

/** Whether the primary and the read replica each answer a trivial query within `timeoutMs`, asked at once. */
export async function databaseStates({ primary, reads }: DatabaseRoles, timeoutMs: number): Promise<DatabaseStates> {
  const [primaryUp, replicaUp] = await Promise.all([
    databaseAnswers(primary, timeoutMs),
    reads ? databaseAnswers(reads, timeoutMs) : null,
  ]);
  return {
    primary: primaryUp ? 'up' : 'down',
    replica: replicaUp === null ? 'none' : replicaUp ? 'up' : 'down',
  };
}
