import type { Db } from '../../db/connection';
import { rawRows } from '../../db/raw-rows';
import type { LawFamily, Measure } from '../../domain/vocabularies';
import type { CandidateScope } from './candidate-scope';

/** A jurisdiction's first use of a law family: its earliest designation under a law of the family. */
export interface FamilyFirstUse {
  id: string;
  jurisdiction: string;
}

/** The families of the laws with these slugs. */
export async function familiesOfLaws(db: Db, slugs: string[]): Promise<Map<string, LawFamily>> {
  if (slugs.length === 0) return new Map();
  const rows: { slug: string; family: LawFamily }[] = await db('laws').whereIn('slug', slugs).select('slug', 'family');
  return new Map(rows.map((row) => [row.slug, row.family]));
}

/**
 * Every jurisdiction's first use of a law of `family` by `scope.until`, in diffusion order (decided
 * date, coarser precision first, then id), the case's jurisdiction included so that positions count
 * it. Designations of the measures `leftOut` are not uses (see measuresLeftOut). Each law's first
 * use is one read of the law index (designations_law), so the cost is the number of the family's
 * laws, not of their designations.
 */
export async function familyFirstUses(
  db: Db,
  scope: CandidateScope,
  family: LawFamily,
  leftOut: readonly Measure[],
): Promise<FamilyFirstUse[]> {
  return rawRows<FamilyFirstUse>(
    db,
    `select id, jurisdiction from (
      select distinct on (l.jurisdiction) l.jurisdiction, f.id, f.decided_on, f.decided_rank
      from laws l cross join lateral (
        select d.id, d.decided_on, d.decided_rank from designations d
        where d.law_id = l.id and d.measure <> all(?::text[]) and d.decided_on <= ?
        order by d.decided_on, d.decided_rank, d.id limit 1) f
      where l.family = ?
      order by l.jurisdiction, f.decided_on, f.decided_rank, f.id) firsts
    order by decided_on, decided_rank, id`,
    [[...leftOut], scope.until, family],
  );
}
