/** Jest's side of test/support/replica-pair.ts: tests that need a real hot standby. */
import { replicaUnavailableReason } from './replica-pair';

export { createReplicaPair, replicaUnavailableReason } from './replica-pair';
export type { ReplicaPair } from './replica-pair';

/**
 * For tests that need a real hot standby: skipped (their name says why) where the server binaries
 * are missing, but in CI (`CI=true`) they run, so a CI machine without them fails instead.
 */
export const describeWithReplica: jest.Describe =
  replicaUnavailableReason === null || process.env.CI === 'true' ? describe : (describe.skip as jest.Describe);

