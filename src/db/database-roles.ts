import { dataVersion } from './data-version';
import type { Db } from './connection';

/**
 * The databases a process talks to: the primary takes writes, imports, migrations and token
 * checks; `reads`, a streaming replica of it (DATABASE_READ_URL), serves anonymous reads. Without
 * one, the primary serves everything.
 */
export interface DatabaseRoles {
  primary: Db;
  reads: Db | null;
}

export type ReadRole = 'primary' | 'replica';

/** The database a read runs on, and the data version it holds (what its ETag is made from). */
export interface ReadSource {
  db: Db;
  role: ReadRole;
  version: string;
}

/** After a failed lookup on the replica, reads go to the primary for this long before it is tried again. */
export const REPLICA_RETRY_MS = 5000;

export interface ReplicaFailure {
  error: unknown;
}

/**
 * Chooses, once per read request, where it runs. The replica serves it when it answers and has
 * replayed at least `minVersion` (the newest data version the client has seen: read-your-writes);
 * otherwise the primary does. A replica that fails is left alone for REPLICA_RETRY_MS, so while it
 * is down reads cost the primary one version lookup, not a connect timeout each.
 */
export class ReadRouting {
  private replicaDownUntil = 0;

  constructor(
    readonly roles: DatabaseRoles,
    private readonly onReplicaFailure: (failure: ReplicaFailure) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether reads currently skip the replica after a failure. */
  get replicaSkipped(): boolean {
    return this.roles.reads !== null && this.now() < this.replicaDownUntil;
  }

  async choose(minVersion: bigint | null): Promise<ReadSource> {
    const { reads, primary } = this.roles;
    if (reads && !this.replicaSkipped) {
      try {
        const version = await dataVersion(reads);
        if (minVersion === null || BigInt(version) >= minVersion) return { db: reads, role: 'replica', version };
      } catch (error) {
        this.replicaDownUntil = this.now() + REPLICA_RETRY_MS;
        this.onReplicaFailure({ error });
      }
    }
    return { db: primary, role: 'primary', version: await dataVersion(primary) };
  }
}
