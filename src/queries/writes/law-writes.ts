import type { Knex } from 'knex';
import type { LawsTable } from '../../db/tables';
import type { DatePrecision, LawFamily } from '../../domain/vocabularies';

export type LawRow = Pick<LawsTable, 'id' | 'citation' | 'family'>;

export async function findLawByShortName(
  db: Knex,
  jurisdiction: string,
  shortName: string,
): Promise<LawRow | undefined> {
  return db('laws')
    .where({ jurisdiction })
    .whereRaw('lower(short_name) = lower(?)', [shortName])
    .first('id', 'citation', 'family');
}

export async function lawSlugIsTaken(db: Knex, slug: string): Promise<boolean> {
  return (await db('laws').where({ slug }).first('id')) !== undefined;
}

export interface NewLaw {
  slug: string;
  jurisdiction: string;
  shortName: string;
  citation: string | null;
  enactedOn: string | null;
  enactedPrecision: DatePrecision | null;
  family: LawFamily;
}

/**
 * Inserts the law, or updates the one with the same slug; returns its id. An empty citation leaves
 * a stored one alone (imports fill in citations), so re-seeding changes nothing.
 */
export async function upsertLaw(db: Knex, law: NewLaw): Promise<string> {
  const columns = {
    slug: law.slug,
    jurisdiction: law.jurisdiction,
    short_name: law.shortName,
    citation: law.citation,
    enacted_on: law.enactedOn,
    enacted_precision: law.enactedPrecision,
    family: law.family,
  };
  const [row] = await db('laws')
    .insert(columns)
    .onConflict('slug')
    .merge({ ...columns, citation: db.raw('coalesce(excluded.citation, laws.citation)') })
    .returning('id');
  return row.id;
}

export async function setLawCitation(db: Knex, id: string, citation: string): Promise<void> {
  await db('laws').where({ id }).update({ citation });
}
