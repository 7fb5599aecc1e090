import type { Knex } from 'knex';
import { slugify } from '../../domain/names';
import { findLawByShortName, lawSlugIsTaken, setLawCitation, upsertLaw } from '../../queries/writes/law-writes';

/**
 * Finds a law by its short name within the jurisdiction, or creates it (category `other`) with the
 * row's citation. A law that has no citation yet takes the first one a row gives.
 */
export class LawResolver {
  private readonly ids = new Map<string, string>();
  created = 0;

  constructor(private readonly db: Knex) {}

  async resolve(jurisdiction: string, law: { shortName: string; citation: string | null } | null): Promise<string | null> {
    if (law === null) return null;
    const key = `${jurisdiction}\u0000${law.shortName.toLowerCase()}`;
    const cached = this.ids.get(key);
    if (cached) return cached;
    const existing = await findLawByShortName(this.db, jurisdiction, law.shortName);
    let id: string;
    if (existing) {
      id = existing.id;
      if (existing.citation === null && law.citation !== null) await setLawCitation(this.db, id, law.citation);
    } else {
      id = await this.create(jurisdiction, law.shortName, law.citation);
    }
    this.ids.set(key, id);
    return id;
  }

  private async create(jurisdiction: string, shortName: string, citation: string | null): Promise<string> {
    const base = slugify(`${jurisdiction} ${shortName}`);
    let slug = base;
    for (let suffix = 2; await lawSlugIsTaken(this.db, slug); suffix++) slug = `${base}-${suffix}`;
    this.created++;
    return upsertLaw(this.db, { slug, jurisdiction, shortName, citation, enactedOn: null, enactedPrecision: null, category: 'other' });
  }
}
