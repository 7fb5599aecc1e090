/** Jest's side of test/support/replica-pair.ts: tests that need a real hot standby. */
import { replicaUnavailableReason as missingBinaries } from './replica-pair';

export { createReplicaPair } from './replica-pair';
export type { ReplicaPair } from './replica-pair';

/**
 * Why the replica tests do not run here, or null. They make their own PostgreSQL primary and
 * standby, so they run in the PostgreSQL pass of the suite (TEST_DATABASE_URL set) and not again
 * in the PGlite pass; where the server binaries are missing they are skipped, saying so, except in
 * CI (`CI=true`), where a machine without them fails instead.
 */
export const replicaUnavailableReason: string | null = !process.env.TEST_DATABASE_URL
  ? 'they run in the PostgreSQL pass (TEST_DATABASE_URL)'
  : process.env.CI === 'true'
    ? null
    : missingBinaries;

export const describeWithReplica: jest.Describe = replicaUnavailableReason === null ? describe : describe.skip;
