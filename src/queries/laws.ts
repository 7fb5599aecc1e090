import type { Db } from '../db/connection';
import type { LawsTable } from '../db/tables';
import { LeftOutCount, leftOutCounts, measuresLeftOut } from '../domain/precedents/state-acts';
import type { DatePrecision, LawFamily } from '../domain/vocabularies';

export interface LawRow extends Pick<
  LawsTable,
  'id' | 'slug' | 'jurisdiction' | 'short_name' | 'citation' | 'enacted_on' | 'enacted_precision' | 'family'
> {
  designation_count: number;
  /** The designations of the first use and the latest (null when none). */
  first_use_id: string | null;
  latest_use_id: string | null;
  first_decided_on: string | null;
  first_decided_precision: DatePrecision | null;
  latest_decided_on: string | null;
  latest_decided_precision: DatePrecision | null;
}

/**
 * Laws with how many designations cite them (kept with every write in designation_law_yearly_totals) and
 * the decided dates of the first use and the latest (in the designation order: date, coarser precision
 * first, id). The first use is the first state act: measures that are not state acts are counted
 * but are not uses (src/domain/precedents/state-acts.ts).
 */
function selectLaws(db: Db) {
  const leftOut = [...measuresLeftOut([])];
  return db('laws as l')
    .select(
      'l.id',
      'l.slug',
      'l.jurisdiction',
      'l.short_name',
      'l.citation',
      'l.enacted_on',
      'l.enacted_precision',
      'l.family',
    )
    .select(
      db.raw(
        '(select coalesce(sum(c.designations), 0)::int from designation_law_yearly_totals c where c.law_id = l.id) as designation_count',
      ),
      db.raw(
        'first_use.id as first_use_id, first_use.decided_on as first_decided_on, first_use.decided_precision as first_decided_precision',
      ),
      db.raw(
        `latest_use.id as latest_use_id, latest_use.decided_on as latest_decided_on,
        latest_use.decided_precision as latest_decided_precision`,
      ),
    )
    .joinRaw(
      `left join lateral (select d.id, d.decided_on, d.decided_precision from designations d
      where d.law_id = l.id and d.measure <> all(?::text[])
      order by d.decided_on, d.decided_rank, d.id limit 1) first_use on true`,
      [leftOut],
    )
    .joinRaw(`left join lateral (select d.id, d.decided_on, d.decided_precision from designations d where d.law_id = l.id
      order by d.decided_on desc, d.decided_rank desc, d.id desc limit 1) latest_use on true`);
}

/** Every law, or those of the families given. */
export async function listLaws(db: Db, families?: readonly LawFamily[]): Promise<LawRow[]> {
  const query = selectLaws(db).orderBy(['l.jurisdiction', 'l.short_name']);
  if (families) query.whereIn('l.family', [...families]);
  return (await query) as LawRow[];
}

export async function findLawBySlug(db: Db, slug: string): Promise<LawRow | undefined> {
  return (await selectLaws(db).where('l.slug', slug).first()) as LawRow | undefined;
}

export async function lawExists(db: Db, slug: string): Promise<boolean> {
  return (await db('laws').where({ slug }).first('id')) !== undefined;
}

/** The law's designations that are not state acts, by measure: counted under it, but not as its uses. */
export async function lawNotStateActs(db: Db, lawId: string): Promise<LeftOutCount[]> {
  const rows: { measure: string; count: number }[] = await db('designations')
    .where('law_id', lawId)
    .whereIn('measure', [...measuresLeftOut([])])
    .groupBy('measure')
    .select('measure', db.raw('count(*)::int as count'));
  return leftOutCounts(rows);
}
