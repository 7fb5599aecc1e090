import type { Db } from '../db/connection';
import { dataVersion } from '../db/data-version';

/**
 * The primary's data version once a write has committed: a client that sends it back as
 * X-Min-Data-Version reads its own write (from the primary until a replica has replayed it).
 */
export function committedDataVersion(primary: Db): Promise<string> {
  return dataVersion(primary);
}
