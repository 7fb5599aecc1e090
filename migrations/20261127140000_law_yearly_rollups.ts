import type { Knex } from 'knex';
import {
  createRollupTable,
  fillRollup,
  JURISDICTION,
  LAW_COUNTS_JURISDICTION_INDEX,
  PRECISION,
  replaceRollupFunctions,
  Rollup,
  ROLLUPS,
  YEAR,
} from './20261127011200_designation_rollups';

/**
 * The live designations by law, decided year and precision (per jurisdiction, and all together),
 * for statistics by year grouped by law or filtered on one, and list totals over whole years with
 * a law filter, instead of counting every designation in the range. A designation under no law is
 * counted under the nil uuid, which no law has (law ids are random, version 4), so that a left
 * join to laws finds no law for it: the "(none)" group. Kept by the same statement triggers as the
 * other rollups (20261127011200).
 *
 * They hold everything designation_law_counts (law, jurisdiction) held, which goes: the laws list
 * and a jurisdiction's counts by law sum these over the years, and the designations under no law
 * are a row of their own instead of what a jurisdiction's total leaves.
 */
const LAW = { column: 'law_id', type: 'uuid', value: `coalesce(law_id, '00000000-0000-0000-0000-000000000000'::uuid)` };

const LAW_ROLLUPS: Rollup[] = [
  { table: 'designation_law_yearly_counts', key: [JURISDICTION, LAW, YEAR, PRECISION] },
  { table: 'designation_law_yearly_totals', key: [LAW, YEAR, PRECISION] },
];

const isLawCounts = ({ table }: Rollup) => table === 'designation_law_counts';

export async function up(knex: Knex): Promise<void> {
  for (const rollup of LAW_ROLLUPS) {
    await createRollupTable(knex, rollup);
    await knex.raw(fillRollup(rollup));
  }
  await replaceRollupFunctions(knex, [...ROLLUPS.filter((rollup) => !isLawCounts(rollup)), ...LAW_ROLLUPS]);
  await knex.raw('drop table designation_law_counts');
}

export async function down(knex: Knex): Promise<void> {
  const lawCounts = ROLLUPS.find(isLawCounts)!;
  await createRollupTable(knex, lawCounts);
  await knex.raw(LAW_COUNTS_JURISDICTION_INDEX);
  await knex.raw(fillRollup(lawCounts));
  await replaceRollupFunctions(knex, ROLLUPS);
  for (const { table } of [...LAW_ROLLUPS].reverse()) await knex.raw(`drop table ${table}`);
}
