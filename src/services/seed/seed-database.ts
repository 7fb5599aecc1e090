import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { PACKAGE_ROOT } from '../../config/package-files';
import { recordedTransaction } from '../../db/recorded-transaction';
import { anyDesignationRecorded } from '../../queries/designation-records';
import { importDesignations, ImportOptions, ImportSummary } from '../import/import-designations';
import { loadJurisdictionActions } from './load-jurisdiction-actions';
import { loadKnownTotals } from './load-known-totals';
import { loadLaws } from './load-laws';
import { loadOrganizationIdentifiers } from './load-organization-identifiers';
import { loadOrganizations } from './load-organizations';

/** The real dataset shipped with the project (see docs/data.md), at the root whether the sources or the build run. */
export const SEED_DIR = path.join(PACKAGE_ROOT, 'seeds', 'data');

export interface SeedSummary {
  laws: number;
  organizations: number;
  designations: ImportSummary;
  jurisdictionActions: number;
  /** Rows of known-totals.csv, or null when the seed folder has none (the table is then left as it was). */
  knownTotals: number | null;
  /** Rows of organization-identifiers.csv (registration numbers), or null when the seed folder has none. */
  organizationIdentifiers: number | null;
}

/**
 * Loads the seed dataset in one transaction: laws and family organizations as reference data, the
 * designations through the same import pipeline users have, the jurisdiction-level actions, and
 * the known totals the coverage report compares with (docs/coverage.md).
 * Idempotent: a second run leaves every row as it was. Revisions name `seed` as the actor.
 */
export async function seedDatabase(
  db: Knex,
  options: { dir?: string; onProgress?: ImportOptions['onProgress'] } = {},
): Promise<SeedSummary> {
  const dir = options.dir ?? SEED_DIR;
  return recordedTransaction(db, 'seed', async (trx) => {
    const laws = await loadLaws(trx, path.join(dir, 'laws.csv'));
    const organizations = await loadOrganizations(trx, path.join(dir, 'organizations.csv'));
    const designations = await importDesignations(
      trx,
      { format: 'csv', open: () => fs.createReadStream(path.join(dir, 'designations.csv')) },
      { onProgress: options.onProgress, actor: 'seed' },
    );
    // After the designations: their rows create the organizations the numbers belong to.
    const organizationIdentifiers = await loadOrganizationIdentifiers(
      trx,
      path.join(dir, 'organization-identifiers.csv'),
    );
    const jurisdictionActions = await loadJurisdictionActions(trx, path.join(dir, 'jurisdiction-actions.csv'));
    const knownTotals = await loadKnownTotals(trx, path.join(dir, 'known-totals.csv'));
    return { laws, organizations, designations, jurisdictionActions, knownTotals, organizationIdentifiers };
  });
}

/** True when no designation has been recorded yet: the database `npm start` should seed. */
export async function needsSeeding(db: Knex): Promise<boolean> {
  return !(await anyDesignationRecorded(db));
}
