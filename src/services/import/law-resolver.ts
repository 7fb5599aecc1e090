import type { Knex } from 'knex';
import { slugify } from '../../domain/names';
import type { LawFamily } from '../../domain/vocabularies';
import { findLawByShortName, lawSlugIsTaken, setLawCitation, upsertLaw } from '../../queries/writes/law-writes';
import { ImportRejectedError } from './import-errors';

/** A law as a row names it; `family` null leaves the family to the law. */
export interface LawRef {
  shortName: string;
  citation: string | null;
  family?: LawFamily | null;
}

/** How a file's rows are matched to a law: its jurisdiction and its short name, case aside. */
export function lawKey(jurisdiction: string, shortName: string): string {
  return `${jurisdiction}\u0000${shortName.toLowerCase()}`;
}

/**
 * Finds a law by its short name within the jurisdiction, or creates it with the row's citation and
 * family. A law that has no citation yet takes the first one a row gives. A law's family is not
 * changed by a row (laws are reference data: seeds/data/laws.csv): a row that gives another family
 * than the law's is rejected on the line and column `law_family`. A new law takes the row's family,
 * else the one another row of the file gives it (`fileFamilies`, by lawKey), else `other`.
 */
export class LawResolver {
  private readonly known = new Map<string, { id: string; family: LawFamily }>();
  created = 0;

  constructor(
    private readonly db: Knex,
    private readonly fileFamilies: ReadonlyMap<string, LawFamily> = new Map(),
  ) {}

  async resolve(jurisdiction: string, law: LawRef | null, line = 1): Promise<string | null> {
    if (law === null) return null;
    const key = lawKey(jurisdiction, law.shortName);
    let known = this.known.get(key);
    if (!known) {
      const existing = await findLawByShortName(this.db, jurisdiction, law.shortName);
      if (existing) {
        known = { id: existing.id, family: existing.family };
        if (existing.citation === null && law.citation !== null)
          await setLawCitation(this.db, existing.id, law.citation);
      } else {
        const family = law.family ?? this.fileFamilies.get(key) ?? 'other';
        known = { id: await this.create(jurisdiction, law.shortName, law.citation, family), family };
      }
      this.known.set(key, known);
    }
    if (law.family && law.family !== known.family) {
      const message =
        `the law "${law.shortName}" of ${jurisdiction} is in the family ${known.family}; ` +
        "a row does not change a law's family (seeds/data/laws.csv does)";
      throw new ImportRejectedError([{ line, column: 'law_family', message, value: law.family }], 1);
    }
    return known.id;
  }

  private async create(
    jurisdiction: string,
    shortName: string,
    citation: string | null,
    family: LawFamily,
  ): Promise<string> {
    const base = slugify(`${jurisdiction} ${shortName}`);
    let slug = base;
    for (let suffix = 2; await lawSlugIsTaken(this.db, slug); suffix++) slug = `${base}-${suffix}`;
    this.created++;
    return upsertLaw(this.db, {
      slug,
      jurisdiction,
      shortName,
      citation,
      enactedOn: null,
      enactedPrecision: null,
      family,
    });
  }
}
